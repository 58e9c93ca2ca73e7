using System.Globalization;
using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Forms.Plan;

/// <summary>
/// Item numbers of the printed plan, derived from position (docs/project-format.md §6 «Item numbers»).
/// A stand-in for Domain's PlanNumbering (branch feature/plans) until it reaches main; the rules are the same.
/// </summary>
public static class PlanItemNumbers
{
    /// <summary>
    /// Stages «1 этап.»; tasks «Задача 1»; municipal events «1.», «2.» … across all stages; national results «R.»
    /// across the whole plan, control points «R.C» (C = 1 + control points before it in the result), events «R.C.K»
    /// (C = the number of the control point that follows, K counts events since the previous control point);
    /// a sub-item adds «.K» to its parent's number.
    /// </summary>
    public static IReadOnlyDictionary<int, string> Number(IEnumerable<PlanItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var children = items.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToLookup(i => i.ParentId);
        var numbers = new Dictionary<int, string>();
        int stages = 0, tasks = 0, results = 0, events = 0;

        void Walk(PlanItem? parent)
        {
            var parentNumber = parent is null ? "" : numbers[parent.Id];
            int controlPoints = 0, eventsSincePoint = 0, subItems = 0;
            foreach (var item in children[parent?.Id])
            {
                string number;
                if (item.Kind == PlanItemKind.Stage)
                {
                    number = $"{Text(++stages)} этап.";
                }
                else if (item.Kind == PlanItemKind.Task)
                {
                    number = $"Задача {Text(++tasks)}";
                }
                else if (item.Kind == PlanItemKind.Result)
                {
                    number = $"{Text(++results)}.";
                }
                else if (parent?.Kind == PlanItemKind.Result && item.Kind == PlanItemKind.ControlPoint)
                {
                    eventsSincePoint = 0;
                    number = Join(parentNumber, ++controlPoints);
                }
                else if (parent?.Kind == PlanItemKind.Result)
                {
                    number = Join(parentNumber, controlPoints + 1) + "." + Text(++eventsSincePoint);
                }
                else if (parent?.Kind is PlanItemKind.Event or PlanItemKind.ControlPoint)
                {
                    number = Join(parentNumber, ++subItems);
                }
                else
                {
                    number = $"{Text(++events)}.";
                }

                numbers[item.Id] = number;
                Walk(item);
            }
        }

        Walk(null);
        return numbers;
    }

    // «1.» and 2 → «1.2»: the parent's trailing dot is the dot between the parts.
    private static string Join(string parent, int part) => parent.TrimEnd('.') + "." + Text(part);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
