using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.ControlEvents;

/// <summary>Reads of a project's control events: one query for the events, one for their responsible executors.</summary>
public static class ControlEventQueries
{
    public static async Task<List<ControlEventRow>> ListAsync(AppDbContext db, int projectId, DateOnly today, CancellationToken ct)
    {
        var rows = await Rows(db.ControlEvents.Where(e => e.ProjectId == projectId)).ToListAsync(ct);
        await CompleteAsync(db, projectId, rows, today, ct);
        return rows;
    }

    public static async Task<ControlEventRow?> OneAsync(AppDbContext db, int eventId, DateOnly today, CancellationToken ct)
    {
        var row = await Rows(db.ControlEvents.Where(e => e.Id == eventId)).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        // The number is the event's position among all of its project's events.
        var position = await db.ControlEvents.CountAsync(
            e => e.ProjectId == row.ProjectId && (e.SortOrder < row.SortOrder || (e.SortOrder == row.SortOrder && e.Id < row.Id)), ct);
        await CompleteAsync(db, row.ProjectId, [row], today, ct);
        row.Number = position + 1;
        return row;
    }

    private static IQueryable<ControlEventRow> Rows(IQueryable<Domain.Plans.ControlEvent> events) =>
        events.AsNoTracking()
            .OrderBy(e => e.SortOrder).ThenBy(e => e.Id)
            .Select(e => new ControlEventRow
            {
                Id = e.Id,
                ProjectId = e.ProjectId,
                SortOrder = e.SortOrder,
                StageId = e.StageId,
                PlanItemId = e.PlanItemId,
                TakesFromControlPoint = e.Name == null && e.PlanItem != null,
                Name = e.Name ?? (e.PlanItem != null ? e.PlanItem.Name : null) ?? "",
                PlannedDate = e.PlannedDate ?? (e.PlanItem != null ? e.PlanItem.EndDate ?? e.PlanItem.DeadlineEnd : null),
                PlannedDateText = e.PlannedDate != null ? e.PlannedDateText : e.PlanItem != null ? e.PlanItem.EndText ?? (e.PlanItem.EndDate == null ? e.PlanItem.DeadlineText : null) : e.PlannedDateText,
                Status = e.Status,
                DoneOn = e.DoneOn,
                Comment = e.Comment,
                CancelReason = e.CancelReason,
                EvidenceCount = e.Evidence.Count,
                Version = e.Version,
            });

    /// <summary>Numbers, states, plan item numbers and responsible executors (the control point's when the event has none).</summary>
    private static async Task CompleteAsync(AppDbContext db, int projectId, List<ControlEventRow> rows, DateOnly today, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var itemIds = rows.Where(r => r.PlanItemId is not null).Select(r => r.PlanItemId!.Value).ToList();
        var responsibles = await db.Responsibles.AsNoTracking()
            .Where(r => (r.ControlEventId != null && ids.Contains(r.ControlEventId.Value)) || (r.PlanItemId != null && itemIds.Contains(r.PlanItemId.Value)))
            .OrderBy(r => r.SortOrder)
            .Select(r => new
            {
                r.ControlEventId,
                r.PlanItemId,
                Line = new ResponsibleLine(0, r.SortOrder, r.Person != null ? r.NameText ?? r.Person.FullName : null,
                    r.PositionText ?? (r.Person != null ? r.Person.Position : null), r.Text, r.Person != null ? r.Person.UserId : null),
            })
            .ToListAsync(ct);
        var byEvent = responsibles.Where(r => r.ControlEventId is not null).ToLookup(r => r.ControlEventId!.Value, r => r.Line);
        var byItem = responsibles.Where(r => r.PlanItemId is not null).ToLookup(r => r.PlanItemId!.Value, r => r.Line);
        var nodes = await db.PlanItems.AsNoTracking().Where(i => i.ProjectId == projectId)
            .Select(i => new PlanNode(i.Id, i.ParentId, i.Kind, i.SortOrder, i.PrintedNumber)).ToListAsync(ct);
        var numbers = PlanNumbering.Number(nodes);
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            row.Number = i + 1;
            row.State = ControlEventStates.Of(row.Status, row.PlannedDate, today);
            row.PlanItemNumber = row.PlanItemId is { } item && numbers.TryGetValue(item, out var number) ? number : null;
            var own = byEvent[row.Id].ToList();
            row.Responsibles = own.Count > 0 || row.PlanItemId is null ? own : byItem[row.PlanItemId.Value].ToList();
        }
    }
}
