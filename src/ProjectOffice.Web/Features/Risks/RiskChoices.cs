using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Risks;

/// <summary>What the register's forms offer, all of this project: its team, its plan items and control events, its risks.</summary>
public sealed record RiskChoices(
    IReadOnlyList<ChoiceOption> Team, IReadOnlyList<ChoiceOption> Links, IReadOnlyList<ChoiceOption> Risks)
{
    public IReadOnlySet<int> TeamIds => Team.Select(o => int.Parse(o.Value, CultureInfo.InvariantCulture)).ToHashSet();

    public static async Task<RiskChoices> LoadAsync(AppDbContext db, int projectId, CancellationToken ct)
    {
        var team = await db.ProjectMembers.AsNoTracking()
            .Where(m => m.ProjectId == projectId && m.PersonId != null)
            .Select(m => new { Id = m.PersonId!.Value, m.Person!.FullName })
            .Distinct()
            .ToListAsync(ct);
        var items = await db.PlanItems.AsNoTracking().Where(i => i.ProjectId == projectId)
            .OrderBy(i => i.ParentId).ThenBy(i => i.SortOrder).Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        var events = await db.ControlEvents.AsNoTracking().Where(e => e.ProjectId == projectId)
            .OrderBy(e => e.SortOrder).ThenBy(e => e.Id).Select(e => new { e.Id, Name = e.Name ?? e.PlanItem!.Name }).ToListAsync(ct);
        var risks = await db.Risks.AsNoTracking().Where(r => r.ProjectId == projectId)
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Id).Select(r => new { r.Id, r.Title }).ToListAsync(ct);
        return new RiskChoices(
            team.OrderBy(p => p.FullName, StringComparer.Ordinal).Select(p => new ChoiceOption(Id(p.Id), p.FullName)).ToList(),
            [
                .. items.Select(i => new ChoiceOption(MeasureInput.PlanPrefix + Id(i.Id), "Мероприятие: " + Cut(i.Name))),
                .. events.Select(e => new ChoiceOption(MeasureInput.EventPrefix + Id(e.Id), "Контрольное событие: " + Cut(e.Name))),
            ],
            risks.Select((r, i) => new ChoiceOption(Id(r.Id), $"{i + 1}. {Cut(r.Title)}")).ToList());
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Cut(string? text) => text is null ? "" : text.Length <= 90 ? text : text[..88] + "…";
}
