using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Forms.Plan;

/// <summary>
/// Reads one project's «План мероприятий» into <see cref="PlanFormData"/>: the project's headings, the plan items and
/// their executors in three round trips whatever the plan's size; the tree and its numbers are built in memory.
/// </summary>
public static class PlanFormQuery
{
    public static async Task<PlanFormData?> LoadAsync(AppDbContext db, int projectId, CancellationToken ct)
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
                Stages = p.Stages.Select(s => new { s.Id, s.Name, s.StartDate, s.EndDate, s.PrintedNames }).ToList(),
                Tasks = p.Tasks.Select(t => new { t.Id, t.Name, t.PrintedNames }).ToList(),
                Annex = p.Forms.Where(f => f.Form == FormKind.Plan).Select(f => f.Annex).FirstOrDefault(),
                Signatures = p.Signatures.Where(s => s.Form == FormKind.Plan).OrderBy(s => s.SortOrder).ToList(),
                Footnotes = p.Footnotes.Where(f => f.Form == FormKind.Plan).OrderBy(f => f.SortOrder).ToList(),
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

        var items = await db.PlanItems.AsNoTracking().Where(i => i.ProjectId == projectId).ToListAsync(ct);
        var responsibles = (await db.Responsibles.AsNoTracking()
                .Where(r => db.PlanItems.Any(i => i.Id == r.PlanItemId && i.ProjectId == projectId))
                .Lines()
                .ToListAsync(ct))
            .ToLookup(r => r.PlanItemId);

        var national = project.Layout == ProjectLayout.National;
        var isDraft = project.Status < ProjectStatus.Approved;
        var stages = project.Stages.ToDictionary(s => s.Id);
        var tasks = project.Tasks.ToDictionary(t => t.Id);
        var markers = project.Footnotes.Where(f => f.PlanItemId is not null)
            .GroupBy(f => f.PlanItemId!.Value)
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
                    return new PlanFormRow { Kind = PlanFormRowKind.Heading, ItemId = item.Id, Name = PlanPrinting.StageHeading(number, stageName, stage.StartDate, stage.EndDate) };
                case PlanItemKind.Task when item.TaskId is { } taskId && tasks.TryGetValue(taskId, out var task):
                    return new PlanFormRow { Kind = PlanFormRowKind.Heading, ItemId = item.Id, Name = $"{number} {PlanPrinting.Variant(task.PrintedNames, FormKind.Plan, task.Name)}" };
                case PlanItemKind.Stage or PlanItemKind.Task:
                    return new PlanFormRow { Kind = PlanFormRowKind.Heading, ItemId = item.Id, Name = $"{number} {item.Name}".TrimEnd() };
                default:
                    var executors = PlanPrinting.Responsibles(responsibles[item.Id]);
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
                        Marker = markers.GetValueOrDefault(item.Id),
                        Start = PlanPrinting.Start(item),
                        End = PlanPrinting.End(item),
                        Indicator = item.IndicatorName is null ? null
                            : item.IndicatorUnit is null ? item.IndicatorName : $"{item.IndicatorName}, {item.IndicatorUnit}",
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
            IsDraft = isDraft,
            ApprovedOn = project.ApprovedOn,
            LevelGenitive = ProjectLabels.LevelGenitive(project.Level),
            Annex = project.Annex,
            Years = years,
            CaptionMarkers = project.Footnotes.Where(f => f.Caption is not null)
                .GroupBy(f => f.Caption!)
                .ToDictionary(g => g.Key, g => string.Concat(g.Select(f => f.Marker))),
            Rows = rows,
            Footnotes = project.Footnotes.Where(f => f.Text is not null).Select(f => new FormFootnote(f.Marker, f.Text!)).ToList(),
            TopSignatures = project.Signatures.Where(s => s.AtTop).Select(s => PlanPrinting.Signature(s, isDraft)).ToList(),
            BottomSignatures = project.Signatures.Where(s => !s.AtTop).Select(s => PlanPrinting.Signature(s, isDraft)).ToList(),
        };
    }
}
