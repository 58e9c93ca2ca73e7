using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Forms.ControlEvents;

/// <summary>
/// Reads one project's «План контрольных событий» into <see cref="ControlEventsFormData"/>. An event linked to a
/// control point of the plan prints the control point's name, date and executors (docs/project-format.md §4).
/// </summary>
public static class ControlEventsFormQuery
{
    public static async Task<ControlEventsFormData?> LoadAsync(AppDbContext db, int projectId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var project = await db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new
            {
                p.Name,
                p.Status,
                p.Layout,
                p.Level,
                Stages = p.Stages.OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
                    .Select(s => new { s.Id, s.Name, s.StartDate, s.EndDate, s.PrintedNames }).ToList(),
                Signatures = p.Signatures.Where(s => s.Form == FormKind.ControlEvents).OrderBy(s => s.SortOrder).ToList(),
                ApprovedOn = p.Signatures
                    .Where(s => s.Form == FormKind.Passport && s.Kind == SignatureKind.Approved && s.Date != null)
                    .Select(s => s.Date).FirstOrDefault(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(ct);
        if (project is null)
        {
            return null;
        }

        var events = await db.ControlEvents.AsNoTracking()
            .Where(e => e.ProjectId == projectId)
            .OrderBy(e => e.SortOrder).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id,
                e.Name,
                e.PlannedDate,
                e.PlannedDateText,
                // Events under a stage of the plan belong to that stage even when they do not say so themselves.
                StageId = e.StageId ?? db.PlanItems.Where(p => p.Id == e.PlanItem!.ParentId).Select(p => p.StageId).FirstOrDefault(),
                Point = e.PlanItem != null && e.PlanItem.Kind == PlanItemKind.ControlPoint
                    ? new { e.PlanItem.Id, e.PlanItem.Name, e.PlanItem.EndDate, e.PlanItem.EndText, e.PlanItem.EndNote, e.PlanItem.DeadlineText }
                    : null,
            })
            .ToListAsync(ct);
        var responsibles = await db.Responsibles.AsNoTracking()
            .Where(r => db.ControlEvents.Any(e => e.ProjectId == projectId
                && (e.Id == r.ControlEventId
                    || (r.PlanItemId != null && e.PlanItemId == r.PlanItemId && e.PlanItem!.Kind == PlanItemKind.ControlPoint))))
            .Lines()
            .ToListAsync(ct);
        var byEvent = responsibles.Where(r => r.ControlEventId is not null).ToLookup(r => r.ControlEventId!.Value);
        var byPoint = responsibles.Where(r => r.PlanItemId is not null).ToLookup(r => r.PlanItemId!.Value);

        var isDraft = project.Status < ProjectStatus.Approved;
        var stageOrder = project.Stages.Select(s => s.Id).ToList();
        var rows = new List<ControlEventsFormRow>(events.Count + project.Stages.Count);
        var numbered = 0;
        // Events of no stage first, without a heading; then each stage that has events, in stage order.
        foreach (var group in events.GroupBy(e => e.StageId is { } id && stageOrder.Contains(id) ? id : (int?)null)
                     .OrderBy(g => g.Key is { } id ? stageOrder.IndexOf(id) + 1 : 0))
        {
            if (group.Key is { } stageId)
            {
                var index = stageOrder.IndexOf(stageId);
                var stage = project.Stages[index];
                var number = string.Create(CultureInfo.InvariantCulture, $"{index + 1} этап.");
                var name = PlanPrinting.Variant(stage.PrintedNames, FormKind.ControlEvents, stage.Name);
                rows.Add(new ControlEventsFormRow { IsHeading = true, Name = PlanPrinting.StageHeading(number, name, stage.StartDate, stage.EndDate) });
            }

            foreach (var e in group)
            {
                var executors = PlanPrinting.Responsibles(e.Point is { } point ? byPoint[point.Id] : byEvent[e.Id]);
                rows.Add(new ControlEventsFormRow
                {
                    Number = string.Create(CultureInfo.InvariantCulture, $"{++numbered}."),
                    Name = e.Point?.Name ?? e.Name ?? "",
                    Date = e.Point is { } p
                        ? PlanPrinting.Date(p.EndDate, p.EndText, p.EndNote) ?? (p.DeadlineText is null ? null : new PrintedDate(p.DeadlineText, null))
                        : PlanPrinting.Date(e.PlannedDate, e.PlannedDateText, null),
                    Responsible = executors.Length == 0 ? null : executors,
                });
            }
        }

        return new ControlEventsFormData
        {
            ProjectName = project.Name,
            ProjectCaption = project.Layout == ProjectLayout.Municipal ? "проекта" : ProjectLabels.LevelGenitive(project.Level),
            IsDraft = isDraft,
            ApprovedOn = project.ApprovedOn,
            Rows = rows,
            TopSignatures = project.Signatures.Where(s => s.AtTop).Select(s => PlanPrinting.Signature(s, isDraft)).ToList(),
            BottomSignatures = project.Signatures.Where(s => !s.AtTop).Select(s => PlanPrinting.Signature(s, isDraft)).ToList(),
        };
    }
}
