using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Layout;
using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Forms.ControlEvents;

/// <summary>
/// Reads one project's «План контрольных событий» (now, or as approved in a version) into <see cref="ControlEventsFormData"/>.
/// An event linked to a control point of the plan prints the control point's name, date and executors
/// (docs/project-format.md §4).
/// </summary>
public static class ControlEventsFormQuery
{
    /// <param name="today">The day the completion marks are read on: an event planned before it and not done is overdue.</param>
    public static async Task<ControlEventsFormData?> LoadAsync(AppDbContext db, int projectId, int? version, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var printed = await PrintedProjects.LoadAsync(db, projectId, version, Include, ct);
        if (printed is null)
        {
            return null;
        }

        // Who marked an event done: the portal user, else the person an import named. A version's snapshot keeps neither
        // user ids nor the stored people's ids, so a frozen version prints the state, date and comment only.
        var markers = new Dictionary<int, string>();
        var users = new Dictionary<string, string>(StringComparer.Ordinal);
        if (printed.Version is null)
        {
            var userIds = printed.Project.ControlEvents.Where(e => e.DoneByUserId is not null).Select(e => e.DoneByUserId!).Distinct().ToList();
            if (userIds.Count > 0)
            {
                users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
            }

            var personIds = printed.Project.ControlEvents.Where(e => e.DoneByPersonId is not null).Select(e => e.DoneByPersonId!.Value).Distinct().ToList();
            if (personIds.Count > 0)
            {
                markers = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
            }
        }

        return Build(printed, today, e =>
            (e.DoneByUserId is { } user ? users.GetValueOrDefault(user) : null)
            ?? (e.DoneByPersonId is { } person ? markers.GetValueOrDefault(person) : null));
    }

    /// <summary>
    /// What the form reads of a stored project: the plan items too (without their executors), for the stage of an event
    /// that names none itself.
    /// </summary>
    public static IQueryable<Project> Include(IQueryable<Project> projects) => projects
        .Include(p => p.Stages)
        .Include(p => p.Signatures.Where(s => s.Form == FormKind.ControlEvents))
        .Include(p => p.PlanItems)
        .Include(p => p.ControlEvents).ThenInclude(e => e.Responsibles).ThenInclude(r => r.Person)
        .Include(p => p.ControlEvents).ThenInclude(e => e.PlanItem).ThenInclude(i => i!.Responsibles).ThenInclude(r => r.Person);

    /// <param name="markedBy">The name of whoever marked an event done, when known.</param>
    public static ControlEventsFormData Build(PrintedProject printed, DateOnly today, Func<ControlEvent, string?> markedBy)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(markedBy);
        var project = printed.Project;
        var stages = project.Stages.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToList();
        var stageOrder = stages.Select(s => s.Id).ToList();
        var planItems = project.PlanItems.ToDictionary(i => i.Id);

        // Events under a stage of the plan belong to that stage even when they do not say so themselves.
        int? StageOf(ControlEvent e) =>
            e.StageId ?? (e.PlanItemId is { } itemId && planItems.TryGetValue(itemId, out var item)
                          && item.ParentId is { } parentId && planItems.TryGetValue(parentId, out var parent) ? parent.StageId : null);

        var rows = new List<ControlEventsFormRow>(project.ControlEvents.Count + stages.Count);
        var numbered = 0;
        // Events of no stage first, without a heading; then each stage that has events, in stage order.
        foreach (var group in project.ControlEvents.OrderBy(e => e.SortOrder).ThenBy(e => e.Id)
                     .GroupBy(e => StageOf(e) is { } id && stageOrder.Contains(id) ? id : (int?)null)
                     .OrderBy(g => g.Key is { } id ? stageOrder.IndexOf(id) + 1 : 0))
        {
            if (group.Key is { } stageId)
            {
                var index = stageOrder.IndexOf(stageId);
                var stage = stages[index];
                var number = StageHeading.Number(index);
                var name = PlanPrinting.Variant(stage.PrintedNames, FormKind.ControlEvents, stage.Name);
                rows.Add(new ControlEventsFormRow { IsHeading = true, Name = StageHeading.WithPeriod(number, name, stage.StartDate, stage.EndDate) });
            }

            foreach (var e in group)
            {
                var point = e.PlanItem is { Kind: PlanItemKind.ControlPoint } controlPoint ? controlPoint : null;
                var executors = PlanPrinting.Responsibles(point?.Responsibles ?? e.Responsibles);
                rows.Add(new ControlEventsFormRow
                {
                    Number = string.Create(CultureInfo.InvariantCulture, $"{++numbered}."),
                    Name = point?.Name ?? e.Name ?? "",
                    Date = point is { } p
                        ? PlanPrinting.Date(p.EndDate, p.EndText, p.EndNote) ?? (p.DeadlineText is null ? null : new PrintedDate(p.DeadlineText, null))
                        : PlanPrinting.Date(e.PlannedDate, e.PlannedDateText, null),
                    Responsible = executors.Length == 0 ? null : executors,
                    Mark = ControlEventMark.Of(e, e.PlannedDateOrPoint(), markedBy(e), today),
                });
            }
        }

        return new ControlEventsFormData
        {
            ProjectName = project.Name,
            ProjectCaption = project.Layout == ProjectLayout.Municipal ? "проекта" : ProjectLabels.LevelGenitive(project.Level),
            IsDraft = printed.IsDraft,
            ApprovedOn = printed.ApprovedOn,
            Version = printed.Version,
            Rows = rows,
            // An approved version reproduces the paper as signed; the marks belong to the plan as it stands now.
            ShowsMarks = printed.Version is null && rows.Any(r => r.Mark is { IsNotable: true }),
            MarksOn = today,
            TopSignatures = SignatureData.Of(project.Signatures, FormKind.ControlEvents, atTop: true, printed.IsDraft),
            BottomSignatures = SignatureData.Of(project.Signatures, FormKind.ControlEvents, atTop: false, printed.IsDraft),
        };
    }
}
