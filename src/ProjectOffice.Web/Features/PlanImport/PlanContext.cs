using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Forms.Plan;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.PlanImport;

/// <summary>
/// The project's plan as an upload is compared with it: the items (tracked, to be changed) with their executors, each
/// item's row as the export prints it, the old numbers, the passport's stages and tasks, and what the executor and
/// unit cells may name. A fixed number of queries whatever the plan's size.
/// </summary>
public sealed class PlanContext
{
    // Units a result indicator commonly has, besides those the plan already uses.
    private static readonly string[] CommonUnits = ["ед.", "чел.", "человек", "%", "шт.", "руб.", "тыс. руб.", "млн. руб."];

    public required ProjectHeader Project { get; init; }

    /// <summary>Every item of the plan, tracked, in printed order.</summary>
    public required IReadOnlyList<PlanItem> Items { get; init; }
    public required IReadOnlyDictionary<int, PlanItem> ItemsById { get; init; }

    /// <summary>Position of each item in the printed plan.</summary>
    public required IReadOnlyDictionary<int, int> Order { get; init; }

    /// <summary>Each item's row as the plan export writes it.</summary>
    public required IReadOnlyDictionary<int, PlanFormRow> Printed { get; init; }
    public required IReadOnlyDictionary<int, string> OldNumbers { get; init; }
    public required IReadOnlyList<PlanStage> Stages { get; init; }

    /// <summary>Task names as the plan prints them, by task id.</summary>
    public required IReadOnlyDictionary<int, string> Tasks { get; init; }
    public required IReadOnlyList<string> Units { get; init; }

    /// <summary>Executors already in the plan and the reference list's organisations, as the plan prints them.</summary>
    public required IReadOnlyList<ResponsibleEntry> KnownResponsibles { get; init; }
    public required IReadOnlyList<(int Id, string FullName)> People { get; init; }

    public static async Task<PlanContext> LoadAsync(AppDbContext db, ProjectHeader project, CancellationToken ct)
    {
        var form = await PlanFormQuery.LoadAsync(db, project.Id, version: null, ct) ?? throw new InvalidOperationException($"Project {project.Id} is gone.");
        var printed = form.Rows.Where(r => r.ItemId is not null).ToDictionary(r => r.ItemId!.Value);
        var order = form.Rows.Select((r, i) => (r.ItemId, i)).Where(r => r.ItemId is not null).ToDictionary(r => r.ItemId!.Value, r => r.i);
        var items = (await db.PlanItems.Include(i => i.Responsibles).ThenInclude(r => r.Person)
                .Where(i => i.ProjectId == project.Id)
                .AsSplitQuery()
                .ToListAsync(ct))
            .OrderBy(i => order.GetValueOrDefault(i.Id, int.MaxValue))
            .ToList();
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name, o.ShortName }).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.FullName }).ToListAsync(ct);
        var known = items.SelectMany(i => i.Responsibles).Select(r => new ResponsibleEntry(
                PrintedExecutor(r), r.PersonId, r.PositionText, r.PersonId is null ? r.Text : null, r.OrganisationId, r.NameText))
            .Concat(organisations.SelectMany(o => new[] { o.Name, o.ShortName }.OfType<string>()
                .Select(name => new ResponsibleEntry(name, Text: name, OrganisationId: o.Id))))
            .ToList();
        return new PlanContext
        {
            Project = project,
            Items = items,
            ItemsById = items.ToDictionary(i => i.Id),
            Order = order,
            Printed = printed,
            OldNumbers = PlanNumbering.Number(items),
            Stages = await PlanQueries.StagesAsync(db, project.Id, ct),
            Tasks = await PlanQueries.TaskNamesAsync(db, project.Id, ct),
            Units = items.Select(i => i.IndicatorUnit).OfType<string>().Concat(CommonUnits).Distinct().ToList(),
            KnownResponsibles = known,
            People = people.Select(p => (p.Id, p.FullName)).ToList(),
        };
    }

    /// <summary>An executor as the plan prints it: «ФИО, должность» or the organisation's text.</summary>
    public static string PrintedExecutor(Responsible responsible)
    {
        ArgumentNullException.ThrowIfNull(responsible);
        return PlanPrinting.Responsibles([responsible]);
    }

    /// <summary>The item's name, or its stage's or task's name as the plan prints it.</summary>
    public string Title(PlanItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Kind switch
        {
            PlanItemKind.Stage => Stages.FirstOrDefault(s => s.Id == item.StageId)?.Name ?? item.Name ?? "",
            PlanItemKind.Task => item.TaskId is { } id && Tasks.TryGetValue(id, out var task) ? task : item.Name ?? "",
            _ => item.Name ?? "",
        };
    }
}
