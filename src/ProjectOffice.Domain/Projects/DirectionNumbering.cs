using System.Globalization;

namespace ProjectOffice.Domain.Projects;

/// <summary>
/// The directions of a national budget (section 4) are numbered «task.N.» by position (docs/project-format.md §6):
/// the task is the one of the result the direction finances, else the previous direction's task (1 for the first).
/// The card and the printed passport number them with this one rule. A direction whose number the paper typed keeps it.
/// </summary>
public static class DirectionNumbering
{
    /// <param name="tasks">The project's tasks in order, with their results.</param>
    /// <param name="directions">The passport's budget items (not the financing sections'), in order.</param>
    /// <returns>A number per direction, in the same order: «1.1.», «1.2.», «2.1.» …</returns>
    public static IReadOnlyList<string> Numbers(IReadOnlyList<ProjectTask> tasks, IReadOnlyList<BudgetItem> directions)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(directions);
        var taskOfResult = tasks
            .SelectMany((task, index) => task.Results.Select(result => (result.Id, Task: index + 1)))
            .ToDictionary(x => x.Id, x => x.Task);
        var perTask = new Dictionary<int, int>();
        var numbers = new List<string>();
        var task = 1;
        foreach (var direction in directions)
        {
            if (direction.ResultId is { } resultId && taskOfResult.TryGetValue(resultId, out var ofResult))
            {
                task = ofResult;
            }

            perTask[task] = perTask.GetValueOrDefault(task) + 1;
            // A number the paper typed is printed as typed (seed 001 numbers its directions 1.3–1.9).
            numbers.Add(string.IsNullOrWhiteSpace(direction.DirectionNumber)
                ? string.Create(CultureInfo.InvariantCulture, $"{task}.{perTask[task]}.")
                : direction.DirectionNumber.Trim());
        }

        return numbers;
    }
}
