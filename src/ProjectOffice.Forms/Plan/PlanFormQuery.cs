using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Layout;

namespace ProjectOffice.Forms.Plan;

/// <summary>
/// Reads one project's «План мероприятий» (now, or as approved in a version) into <see cref="PlanFormData"/>: the
/// project's headings, the plan items and their executors in a fixed number of round trips whatever the plan's size;
/// the tree and its numbers are built in memory.
/// </summary>
public static class PlanFormQuery
{
    public static async Task<PlanFormData?> LoadAsync(AppDbContext db, int projectId, int? version, CancellationToken ct)
    {
        var printed = await PrintedProjects.LoadAsync(db, projectId, version, Include, ct);
        return printed is null ? null : Build(printed);
    }

    /// <summary>What the form reads of a stored project.</summary>
    public static IQueryable<Project> Include(IQueryable<Project> projects) => projects
        .Include(p => p.Stages)
        .Include(p => p.Tasks)
        .Include(p => p.Forms.Where(f => f.Form == FormKind.Plan))
        .Include(p => p.Signatures.Where(s => s.Form == FormKind.Plan))
        .Include(p => p.Footnotes.Where(f => f.Form == FormKind.Plan))
        .Include(p => p.PlanItems).ThenInclude(i => i.Responsibles).ThenInclude(r => r.Person);

    public static PlanFormData Build(PrintedProject printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var project = printed.Project;
        var items = project.PlanItems;
        var footnotes = project.Footnotes.Where(f => f.Form == FormKind.Plan).OrderBy(f => f.SortOrder).ThenBy(f => f.Id).ToList();
        var national = project.Layout == ProjectLayout.National;
        var stages = project.Stages.ToDictionary(s => s.Id);
        var tasks = project.Tasks.ToDictionary(t => t.Id);
        var markers = footnotes.Where(f => f.PlanItemId is not null)
            .GroupBy(f => (Item: f.PlanItemId!.Value, f.Cell))
            .ToDictionary(g => g.Key, g => string.Concat(g.Select(f => f.Marker)));
        var years = national ? [] : items.SelectMany(i => i.YearValues).Select(v => v.Year).Distinct().Order().ToList();
        var numbers = PlanNumbering.Number(items);

        PlanFormRow Row(PlanItem item)
        {
            var number = numbers[item.Id];
            switch (item.Kind)
            {
                case PlanItemKind.Stage when item.StageId is { } stageId && stages.TryGetValue(stageId, out var stage):
                    var stageName = PlanPrinting.Variant(stage.PrintedNames, FormKind.Plan, stage.Name);
                    return new PlanFormRow { Kind = PlanFormRowKind.Heading, ItemId = item.Id, Name = StageHeading.WithPeriod(number, stageName, stage.StartDate, stage.EndDate) };
                case PlanItemKind.Task when item.TaskId is { } taskId && tasks.TryGetValue(taskId, out var task):
                    return new PlanFormRow { Kind = PlanFormRowKind.Heading, ItemId = item.Id, Name = $"{number} {PlanPrinting.Variant(task.PrintedNames, FormKind.Plan, task.Name)}" };
                case PlanItemKind.Heading:
                    return new PlanFormRow
                    {
                        Kind = PlanFormRowKind.Heading, ItemId = item.Id,
                        Name = SectionHeading.Title(number, item.Name ?? "", item.StartDate, item.EndDate, item.DeadlineText),
                        Marker = markers.GetValueOrDefault((item.Id, FootnoteCell.Name)),
                    };
                case PlanItemKind.Stage or PlanItemKind.Task:
                    return new PlanFormRow { Kind = PlanFormRowKind.Heading, ItemId = item.Id, Name = $"{number} {item.Name}".TrimEnd() };
                default:
                    var executors = PlanPrinting.Responsibles(item.Responsibles, item.ExecutorsOnLines);
                    return new PlanFormRow
                    {
                        Kind = item.Kind switch
                        {
                            PlanItemKind.Result => PlanFormRowKind.Result,
                            PlanItemKind.ControlPoint => PlanFormRowKind.ControlPoint,
                            _ => PlanFormRowKind.Event,
                        },
                        ItemId = item.Id,
                        Number = number,
                        Name = item.Name ?? "",
                        Marker = markers.GetValueOrDefault((item.Id, FootnoteCell.Name)),
                        ResponsibleMarker = markers.GetValueOrDefault((item.Id, FootnoteCell.Responsible)),
                        EndMarker = markers.GetValueOrDefault((item.Id, FootnoteCell.End)),
                        Start = PlanPrinting.Start(item),
                        End = PlanPrinting.End(item),
                        Indicator = PlanItem.ResultCaption(item.IndicatorName, item.IndicatorUnit),
                        PlannedValue = item.PlannedValueText,
                        YearValues = years.Select(y => item.YearValues.FirstOrDefault(v => v.Year == y)?.Text ?? "").ToList(),
                        Responsible = executors.Length == 0 ? null : executors,
                        DocumentType = item.DocumentType,
                        ControlLevel = PlanPrinting.ControlLevel(item.ControlLevel, item.ControlLevelText),
                    };
            }
        }

        var children = items.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToLookup(i => i.ParentId);
        var rows = new List<PlanFormRow>(items.Count);
        void Walk(int? parentId)
        {
            foreach (var item in children[parentId])
            {
                rows.Add(Row(item));
                Walk(item.Id);
            }
        }

        Walk(null);

        return new PlanFormData
        {
            ProjectName = project.Name,
            National = national,
            IsDraft = printed.IsDraft,
            ApprovedOn = printed.ApprovedOn,
            Version = printed.Version,
            LevelGenitive = ProjectLabels.LevelGenitive(project.Level),
            Annex = project.Forms.FirstOrDefault(f => f.Form == FormKind.Plan)?.Annex,
            Years = years,
            CaptionMarkers = footnotes.Where(f => f.Caption is not null)
                .GroupBy(f => f.Caption!)
                .ToDictionary(g => g.Key, g => string.Concat(g.Select(f => f.Marker))),
            Rows = rows,
            HasStart = rows.Any(r => r.Kind != PlanFormRowKind.Heading && r.Start is not null),
            HasResults = rows.Any(r => r.Indicator is not null || r.PlannedValue is not null || r.YearValues.Any(v => v.Length > 0)),
            HasResponsible = rows.Any(r => r.Responsible is not null),
            Footnotes = footnotes.Where(f => f.Text is not null).Select(f => new FormFootnote(f.Marker, f.Text!)).ToList(),
            TopSignatures = SignatureData.Of(project.Signatures, FormKind.Plan, atTop: true, printed.IsDraft),
            BottomSignatures = SignatureData.Of(project.Signatures, FormKind.Plan, atTop: false, printed.IsDraft),
        };
    }
}
