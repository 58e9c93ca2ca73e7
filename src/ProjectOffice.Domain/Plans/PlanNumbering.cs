using System.Globalization;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// Item numbers of the event plan, derived from position (docs/project-format.md §6). Printed plans cite these
/// numbers, so they are never stored: moving an item renumbers everything after it.
/// </summary>
public static class PlanNumbering
{
    /// <summary>
    /// Stages «N этап.»; tasks «Задача N»; municipal events «1.», «2.» … across all stages; national results «R.»
    /// across the whole plan, control points «R.C» (C = 1 + control points before it in the result), events «R.C.K»
    /// (C = the number of the control point that follows, K counts events since the previous control point);
    /// a sub-event adds «.K» to its parent's number. A section heading counts among the events of its level («1.») and
    /// the rows under it add «.K» to its number («1.1», «1.2»); results under it still count across the plan.
    /// A row with its own printed number («2.1а», or none) prints that and takes no derived number, so the rows after it
    /// number as if it were not there; the rows under it add «.K» to its own number (or, printed without one, to the
    /// number it would have had).
    /// </summary>
    public static IReadOnlyDictionary<int, string> Number(IEnumerable<PlanNode> nodes)
    {
        var children = nodes.OrderBy(n => n.SortOrder).ThenBy(n => n.Id).ToLookup(n => n.ParentId);
        var numbers = new Dictionary<int, string>();
        // What the rows under an item number from: its own number, else the derived one.
        var bases = new Dictionary<int, string>();
        int stages = 0, tasks = 0, results = 0, events = 0;

        void Walk(PlanNode? parent)
        {
            var parentNumber = parent is null ? "" : bases[parent.Id];
            int controlPoints = 0, eventsSincePoint = 0, subItems = 0;
            foreach (var node in children[parent?.Id])
            {
                var counters = (stages, tasks, results, events, controlPoints, eventsSincePoint, subItems);
                string number;
                if (node.Kind == PlanItemKind.Stage)
                {
                    number = $"{++stages} этап.";
                }
                else if (node.Kind == PlanItemKind.Task)
                {
                    number = $"Задача {++tasks}";
                }
                else if (node.Kind == PlanItemKind.Result)
                {
                    number = $"{++results}.";
                }
                else if (parent?.Kind == PlanItemKind.Result && node.Kind == PlanItemKind.ControlPoint)
                {
                    eventsSincePoint = 0;
                    number = Join(parentNumber, ++controlPoints);
                }
                else if (parent?.Kind == PlanItemKind.Result)
                {
                    number = Join(parentNumber, controlPoints + 1) + "." + Text(++eventsSincePoint);
                }
                else if (parent?.Kind is PlanItemKind.Event or PlanItemKind.ControlPoint or PlanItemKind.Heading)
                {
                    number = Join(parentNumber, ++subItems);
                }
                else
                {
                    number = $"{++events}.";
                }

                if (node.PrintedNumber is { } own)
                {
                    // An own number is not one of the sequence: the next row takes the number this one would have taken.
                    (stages, tasks, results, events, controlPoints, eventsSincePoint, subItems) = counters;
                    var trimmed = own.Trim();
                    bases[node.Id] = trimmed.Length > 0 ? trimmed : number;
                    number = trimmed;
                }
                else
                {
                    bases[node.Id] = number;
                }

                numbers[node.Id] = number;
                Walk(node);
            }
        }

        Walk(null);
        return numbers;
    }

    /// <summary>The numbers of entity items (all of one project, loaded flat or as a tree).</summary>
    public static IReadOnlyDictionary<int, string> Number(IEnumerable<PlanItem> items) =>
        Number(items.Select(i => new PlanNode(i.Id, i.ParentId, i.Kind, i.SortOrder, i.PrintedNumber)));

    // «1.» and 2 → «1.2»: the parent's trailing dot is the dot between the parts.
    private static string Join(string parent, int part) => parent.TrimEnd('.') + "." + Text(part);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
