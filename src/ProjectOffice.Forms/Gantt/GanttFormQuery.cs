using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Forms.Gantt;

/// <summary>
/// Reads the printed Gantt chart: the plan's rows in the printed plan's order and numbers (<see cref="PlanFormQuery"/>),
/// each item's dates, and the control events coloured by their state on today.
/// </summary>
public static class GanttFormQuery
{
    /// <summary>Rows on one landscape A4 page at the width the chart is scaled to.</summary>
    public const int RowsPerPage = 32;

    public static async Task<GanttFormData?> LoadAsync(AppDbContext db, int projectId, int? version, DateOnly today, CancellationToken ct)
    {
        var printed = await PrintedProjects.LoadAsync(db, projectId, version, p => PlanFormQuery.Include(p).Include(x => x.ControlEvents), ct);
        return printed is null ? null : Build(printed, today);
    }

    public static GanttFormData Build(PrintedProject printed, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var project = printed.Project;
        var plan = PlanFormQuery.Build(printed);
        var items = project.PlanItems.ToDictionary(i => i.Id);
        var stages = project.Stages.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToList();
        var stageById = stages.ToDictionary(s => s.Id);
        var tasks = project.Tasks.ToDictionary(t => t.Id);
        var numbers = PlanNumbering.Number(project.PlanItems);

        var rows = new List<GanttItem>(plan.Rows.Count);
        foreach (var row in plan.Rows)
        {
            if (row.ItemId is not { } id || !items.TryGetValue(id, out var item))
            {
                continue;
            }

            var stage = item.Kind == PlanItemKind.Stage && item.StageId is { } stageId ? stageById.GetValueOrDefault(stageId) : null;
            var title = stage?.Name
                        ?? (item.Kind == PlanItemKind.Task && item.TaskId is { } taskId && tasks.TryGetValue(taskId, out var task) ? task.Name : item.Name ?? "");
            rows.Add(new GanttItem(id, numbers.GetValueOrDefault(id, row.Number), title, item.Kind,
                // A deadline phrase draws the interval it was read as.
                item.StartDate ?? (item.EndDate is null ? item.DeadlineStart : null) ?? stage?.StartDate, item.EndDate ?? item.DeadlineEnd ?? stage?.EndDate));
        }

        var events = project.ControlEvents.OrderBy(e => e.SortOrder).ThenBy(e => e.Id)
            .Select((e, i) =>
            {
                var item = e.PlanItemId is { } itemId ? items.GetValueOrDefault(itemId) : null;
                var date = e.PlannedDate ?? item?.EndDate;
                return new GanttEvent(i + 1, e.PlanItemId, e.Name ?? item?.Name ?? "", date, ControlEventStates.Of(e.Status, date, today));
            })
            .ToList();
        var ganttStages = stages.Select((s, i) => new GanttStage(i + 1, s.StartDate, s.EndDate)).ToList();
        var period = new DateRange(project.StartDate, project.EndDate);
        var first = GanttChart.Build(rows, ganttStages, events, period, today, 1, RowsPerPage);
        var charts = Enumerable.Range(1, first.PageCount)
            .Select(page => page == 1 ? first : GanttChart.Build(rows, ganttStages, events, period, today, page, RowsPerPage))
            .ToList();

        return new GanttFormData
        {
            ProjectName = project.Name,
            ProjectCaption = project.Layout == ProjectLayout.Municipal ? "проекта" : ProjectLabels.LevelGenitive(project.Level),
            IsDraft = printed.IsDraft,
            ApprovedOn = printed.ApprovedOn,
            Version = printed.Version,
            Today = today,
            Charts = charts,
            Items = rows,
            Events = events,
        };
    }
}
