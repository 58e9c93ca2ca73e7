using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Layout;

/// <summary>
/// Reads a project's plan for the pages: one query for the items, one for their responsible executors, the tree
/// built and numbered in memory (a plan of a thousand items stays one round trip each).
/// </summary>
public static class PlanQueries
{
    public static async Task<IReadOnlyList<PlanStage>> StagesAsync(AppDbContext db, int projectId, CancellationToken ct)
    {
        var stages = await db.Stages.AsNoTracking()
            .Where(s => s.ProjectId == projectId)
            .OrderBy(s => s.SortOrder)
            .Select(s => new { s.Id, s.Name, s.StartDate, s.EndDate, s.PrintedNames, s.Status })
            .ToListAsync(ct);
        return stages.Select((s, i) => new PlanStage(
                s.Id, i + 1, s.PrintedNames.FirstOrDefault(v => v.Form == FormKind.Plan)?.Text ?? s.Name, s.StartDate, s.EndDate,
                StageWorkflow.IsReadOnly(s.Status)))
            .ToList();
    }

    public static async Task<IReadOnlyDictionary<int, string>> TaskNamesAsync(AppDbContext db, int projectId, CancellationToken ct)
    {
        var tasks = await db.ProjectTasks.AsNoTracking()
            .Where(t => t.ProjectId == projectId)
            .Select(t => new { t.Id, t.Name, t.PrintedNames })
            .ToListAsync(ct);
        return tasks.ToDictionary(t => t.Id, t => t.PrintedNames.FirstOrDefault(v => v.Form == FormKind.Plan)?.Text ?? t.Name);
    }

    /// <summary>Every item of the plan in printed order, numbered, with its responsible executors.</summary>
    public static async Task<IReadOnlyList<PlanRow>> RowsAsync(
        AppDbContext db, int projectId, IReadOnlyList<PlanStage> stages, IReadOnlyDictionary<int, string> taskNames, CancellationToken ct)
    {
        var items = await db.PlanItems.AsNoTracking()
            .Where(i => i.ProjectId == projectId)
            .Select(i => new PlanRow
            {
                Id = i.Id,
                ParentId = i.ParentId,
                Kind = i.Kind,
                SortOrder = i.SortOrder,
                PrintedNumber = i.PrintedNumber,
                Title = i.Name ?? "",
                StageId = i.StageId,
                TaskId = i.TaskId,
                StartDate = i.StartDate,
                EndDate = i.EndDate,
                StartText = i.StartText,
                EndText = i.EndText,
                StartNote = i.StartNote,
                EndNote = i.EndNote,
                DeadlineText = i.DeadlineText,
                DeadlineStart = i.DeadlineStart,
                DeadlineEnd = i.DeadlineEnd,
                ReportDates = i.ReportDates,
                IndicatorName = i.IndicatorName,
                IndicatorUnit = i.IndicatorUnit,
                PlannedValueText = i.PlannedValueText,
                YearValues = i.YearValues,
                DocumentType = i.DocumentType,
                ControlLevel = i.ControlLevel,
                ControlLevelText = i.ControlLevelText,
                ExecutorsOnLines = i.ExecutorsOnLines,
            })
            .ToListAsync(ct);

        var responsibles = await (
                from r in db.Responsibles.AsNoTracking()
                join i in db.PlanItems on r.PlanItemId equals i.Id
                where i.ProjectId == projectId
                orderby r.SortOrder
                select new ResponsibleLine(
                    i.Id, r.SortOrder, r.Person != null ? r.NameText ?? r.Person.FullName : null,
                    r.PositionText ?? (r.Person != null ? r.Person.Position : null), r.Text, r.Person != null ? r.Person.UserId : null))
            .ToListAsync(ct);

        var byItem = responsibles.ToLookup(r => r.OwnerId);
        var stageById = stages.ToDictionary(s => s.Id);
        foreach (var row in items)
        {
            row.Responsibles = byItem[row.Id].ToList();
            if (row.Kind == PlanItemKind.Stage && row.StageId is { } stageId && stageById.TryGetValue(stageId, out var stage))
            {
                row.Title = stage.Name;
                row.StartDate ??= stage.StartDate;
                row.EndDate ??= stage.EndDate;
            }
            else if (row.Kind == PlanItemKind.Task && row.TaskId is { } taskId && taskNames.TryGetValue(taskId, out var task))
            {
                row.Title = task;
            }
        }

        return InTreeOrder(items);
    }

    /// <summary>Depth-first order with numbers, depths and first/last flags (the up/down buttons need them).</summary>
    public static IReadOnlyList<PlanRow> InTreeOrder(IReadOnlyList<PlanRow> items)
    {
        var numbers = PlanNumbering.Number(items.Select(i => new PlanNode(i.Id, i.ParentId, i.Kind, i.SortOrder, i.PrintedNumber)));
        var children = items.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToLookup(i => i.ParentId);
        var ordered = new List<PlanRow>(items.Count);
        var stack = new Stack<(PlanRow Row, int Depth)>();
        Push(null, 0);
        while (stack.Count > 0)
        {
            var (row, depth) = stack.Pop();
            row.Depth = depth;
            row.Number = numbers[row.Id];
            ordered.Add(row);
            Push(row.Id, depth + 1);
        }

        return ordered;

        void Push(int? parentId, int depth)
        {
            var siblings = children[parentId].ToList();
            for (var i = siblings.Count - 1; i >= 0; i--)
            {
                siblings[i].IsFirst = i == 0;
                siblings[i].IsLast = i == siblings.Count - 1;
                stack.Push((siblings[i], depth));
            }
        }
    }

    /// <summary>The period an item's dates should stay inside: its stage, or its parent result or event when that has dates.</summary>
    public static (DateRange? Range, string What) EnclosingPeriod(PlanRow? parent, IReadOnlyList<PlanStage> stages)
    {
        if (parent is null)
        {
            return (null, "");
        }

        if (parent.Kind == PlanItemKind.Stage)
        {
            var stage = stages.FirstOrDefault(s => s.Id == parent.StageId);
            return (stage?.Period, "этапа");
        }

        if (parent.StartDate is { } start && parent.EndDate is { } end && end >= start)
        {
            return (new DateRange(start, end), parent.Kind switch { PlanItemKind.Result => "результата", PlanItemKind.Heading => "раздела", _ => "мероприятия" });
        }

        return (null, "");
    }
}
