using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Approval;

namespace ProjectOffice.Data.Approval;

/// <summary>
/// A closed stage's plan items and control events are read-only until the curator reopens it
/// (<see cref="StageWorkflow.IsReadOnly"/>). The plan and control-event editors ask here before they change,
/// add under, move or delete anything.
/// </summary>
public static class StageLocks
{
    public static async Task<bool> IsLockedAsync(AppDbContext db, int stageId, CancellationToken ct = default)
    {
        var status = await db.Stages.Where(s => s.Id == stageId).Select(s => (StageStatus?)s.Status).FirstOrDefaultAsync(ct);
        return status is { } s && StageWorkflow.IsReadOnly(s);
    }

    /// <summary>A plan item belongs to the stage of the nearest stage node above it (or itself, for a stage node).</summary>
    public static async Task<bool> IsPlanItemLockedAsync(AppDbContext db, int planItemId, CancellationToken ct = default)
    {
        var projectId = await db.PlanItems.Where(i => i.Id == planItemId).Select(i => (int?)i.ProjectId).FirstOrDefaultAsync(ct);
        if (projectId is null)
        {
            return false;
        }

        var items = await db.PlanItems.Where(i => i.ProjectId == projectId)
            .Select(i => new { i.Id, i.ParentId, i.StageId })
            .ToDictionaryAsync(i => i.Id, ct);
        int? current = planItemId;
        for (var depth = 0; depth < items.Count && current is { } id && items.TryGetValue(id, out var item); depth++)
        {
            if (item.StageId is { } stageId)
            {
                return await IsLockedAsync(db, stageId, ct);
            }

            current = item.ParentId;
        }

        return false;
    }

    /// <summary>A control event belongs to its own stage, else to the stage of its plan item.</summary>
    public static async Task<bool> IsControlEventLockedAsync(AppDbContext db, int controlEventId, CancellationToken ct = default)
    {
        var ev = await db.ControlEvents.Where(e => e.Id == controlEventId).Select(e => new { e.StageId, e.PlanItemId }).FirstOrDefaultAsync(ct);
        return ev switch
        {
            null => false,
            { StageId: { } stageId } => await IsLockedAsync(db, stageId, ct),
            { PlanItemId: { } planItemId } => await IsPlanItemLockedAsync(db, planItemId, ct),
            _ => false,
        };
    }
}
