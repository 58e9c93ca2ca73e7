using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Plan;

/// <summary>The pages of one plan item (edit, move, delete) with the choices they offer, read for <see cref="PlanItemsController"/>.</summary>
public sealed class PlanItemPages(AppDbContext db)
{
    public async Task<PlanRow?> ParentRowAsync(int projectId, int? parentId, CancellationToken ct)
    {
        if (parentId is null)
        {
            return null;
        }

        var stages = await PlanQueries.StagesAsync(db, projectId, ct);
        var rows = await PlanQueries.RowsAsync(db, projectId, stages, await PlanQueries.TaskNamesAsync(db, projectId, ct), ct);
        return rows.FirstOrDefault(r => r.Id == parentId);
    }

    public static PlanItemPage WithWarning(PlanItemPage page, string subject) => new()
    {
        Project = page.Project,
        Form = page.Form,
        ItemId = page.ItemId,
        Number = page.Number,
        KindName = page.KindName,
        ParentTitle = page.ParentTitle,
        People = page.People,
        Organisations = page.Organisations,
        Stages = page.Stages,
        Tasks = page.Tasks,
        Results = page.Results,
        RangeWarningSubject = subject,
    };

    public async Task<PlanItemPage> PageAsync(
        ProjectHeader project, PlanItemForm form, int itemId, PlanItem? item, PlanRow? parent, string? rangeSubject, CancellationToken ct)
    {
        var stages = await PlanQueries.StagesAsync(db, project.Id, ct);
        var tasks = await db.ProjectTasks.AsNoTracking().Where(t => t.ProjectId == project.Id).OrderBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Name, Results = t.Results.OrderBy(r => r.SortOrder).Select(r => new { r.Id, r.Name }).ToList() })
            .ToListAsync(ct);
        var people = await db.People.AsNoTracking().OrderBy(p => p.FullName)
            .Select(p => new { p.Id, p.FullName, p.Position }).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new { o.Id, Name = o.ShortName ?? o.Name }).ToListAsync(ct);
        string? number = null;
        if (item is not null)
        {
            var rows = await PlanQueries.RowsAsync(db, project.Id, stages, tasks.ToDictionary(t => t.Id, t => t.Name), ct);
            number = rows.FirstOrDefault(r => r.Id == item.Id)?.Number;
        }

        return new PlanItemPage
        {
            Project = project,
            Form = form,
            ItemId = itemId,
            Number = number,
            KindName = PlanShape.KindName(form.Kind),
            ParentTitle = parent is null ? null : $"{parent.Number} {parent.Title}",
            People = people.Select(p => new ChoiceOption(Text(p.Id), p.Position is null ? p.FullName : $"{p.FullName} — {Shorten(p.Position)}")).ToList(),
            Organisations = organisations.Select(o => new ChoiceOption(Text(o.Id), o.Name)).ToList(),
            Stages = stages.Select(s => new ChoiceOption(Text(s.Id), s.Heading)).ToList(),
            Tasks = tasks.Select((t, i) => new ChoiceOption(Text(t.Id), $"Задача {i + 1}. {Shorten(t.Name)}")).ToList(),
            Results = tasks.SelectMany((t, ti) => t.Results.Select((r, ri) => new ChoiceOption(Text(r.Id), $"{ti + 1}.{ri + 1}. {Shorten(Plain(r.Name))}"))).ToList(),
            RangeWarningSubject = rangeSubject,
        };
    }

    public async Task<MoveItemPage?> MovePageAsync(ProjectHeader project, int itemId, string? error, CancellationToken ct)
    {
        var rows = await PlanQueries.RowsAsync(db, project.Id, await PlanQueries.StagesAsync(db, project.Id, ct), await PlanQueries.TaskNamesAsync(db, project.Id, ct), ct);
        var row = rows.FirstOrDefault(r => r.Id == itemId);
        if (row is null)
        {
            return null;
        }

        var tree = new PlanTree(project.Layout, rows.Select(r => new PlanItem { Id = r.Id, ParentId = r.ParentId, Kind = r.Kind, SortOrder = r.SortOrder }));
        var places = tree.PlacesFor(tree.Find(itemId)!).Where(p => p?.Id != row.ParentId).ToList();
        var byId = rows.ToDictionary(r => r.Id);
        return new MoveItemPage
        {
            Project = project,
            ItemId = itemId,
            Title = $"{row.Number} {row.Title}",
            Places = places.Select(p => p is null
                ? new ChoiceOption("", "Верхний уровень плана")
                : new ChoiceOption(Text(p.Id), $"{byId[p.Id].Number} {Shorten(byId[p.Id].Title)}")).ToList(),
            Error = error,
        };
    }

    public async Task<DeleteItemPage?> DeletePageAsync(ProjectHeader project, int itemId, string? error, CancellationToken ct)
    {
        var rows = await PlanQueries.RowsAsync(db, project.Id, await PlanQueries.StagesAsync(db, project.Id, ct), await PlanQueries.TaskNamesAsync(db, project.Id, ct), ct);
        var row = rows.FirstOrDefault(r => r.Id == itemId);
        if (row is null)
        {
            return null;
        }

        var tree = new PlanTree(project.Layout, rows.Select(r => new PlanItem { Id = r.Id, ParentId = r.ParentId, Kind = r.Kind, SortOrder = r.SortOrder }));
        var subtree = tree.Subtree(tree.Find(itemId)!).Select(i => i.Id).ToList();
        var linked = await db.ControlEvents.Where(e => e.PlanItemId != null && subtree.Contains(e.PlanItemId.Value))
            .Select(e => e.Name == null).ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id);
        return new DeleteItemPage
        {
            Project = project,
            ItemId = itemId,
            Title = $"{row.Number} {row.Title}",
            Children = subtree.Skip(1).Select(i => $"{byId[i].Number} {Shorten(byId[i].Title)}").ToList(),
            EventsDeleted = linked.Count(empty => empty),
            EventsUnlinked = linked.Count(empty => !empty),
            Error = error,
        };
    }

    public static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "…";

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Plain(string markup) =>
        RichText.Parse(markup).Select(b => b.Paragraph ?? string.Join(" ", b.Items)).FirstOrDefault() ?? "";
}
