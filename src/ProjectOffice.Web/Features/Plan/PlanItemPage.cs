using System.Globalization;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Plan;

public sealed class PlanItemPage
{
    public required ProjectHeader Project { get; init; }
    public required PlanItemForm Form { get; init; }

    /// <summary>0 for a new item.</summary>
    public required int ItemId { get; init; }
    public string? Number { get; init; }
    public required string KindName { get; init; }
    public string? ParentTitle { get; init; }
    public required IReadOnlyList<ChoiceOption> People { get; init; }
    public required IReadOnlyList<ChoiceOption> Organisations { get; init; }
    public required IReadOnlyList<ChoiceOption> Stages { get; init; }
    public required IReadOnlyList<ChoiceOption> Tasks { get; init; }
    public required IReadOnlyList<ChoiceOption> Results { get; init; }

    /// <summary>Set when the dates run past the stage or the project: the page then offers the confirmation checkbox.</summary>
    public string? RangeWarningSubject { get; init; }

    public bool IsNew => ItemId == 0;

    /// <summary>Stage, task, result, people and organisations must be the ones the page offered: (field, message) for each that is not.</summary>
    public IEnumerable<(string Key, string Message)> ChoiceErrors()
    {
        static bool Offered(IReadOnlyList<ChoiceOption> options, int? id) =>
            id is null || options.Any(o => o.Value == id.Value.ToString(CultureInfo.InvariantCulture));

        if (!Offered(Stages, Form.StageId))
        {
            yield return ("Form.StageId", "Выберите этап из списка.");
        }

        if (!Offered(Tasks, Form.TaskId))
        {
            yield return ("Form.TaskId", "Выберите задачу из списка.");
        }

        if (!Offered(Results, Form.ResultId))
        {
            yield return ("Form.ResultId", "Выберите результат из списка.");
        }

        foreach (var (row, i) in Form.Responsibles.Select((r, i) => (r, i)))
        {
            if (!Offered(People, row.PersonId))
            {
                yield return ($"Form.Responsibles[{i}].PersonId", "Выберите человека из списка.");
            }

            if (!Offered(Organisations, row.OrganisationId))
            {
                yield return ($"Form.Responsibles[{i}].OrganisationId", "Выберите организацию из списка.");
            }
        }
    }
}

