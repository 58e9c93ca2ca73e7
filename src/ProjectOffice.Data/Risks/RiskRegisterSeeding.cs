using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Data.Risks;

/// <summary>
/// The first register of a project, made from item 22 of its passport (demo seed, «Создать реестр из паспорта»).
/// Only an empty register is filled; the passport's rows are read, never changed.
/// </summary>
public static class RiskRegisterSeeding
{
    /// <returns>How many risks were added (0 when the register already has risks or item 22 lists none).</returns>
    public static async Task<int> FromPassportAsync(AppDbContext db, int projectId, DateTimeOffset now, string? userName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Risks.AnyAsync(r => r.ProjectId == projectId, ct))
        {
            return 0;
        }

        var lines = await db.ProjectListItems.AsNoTracking()
            .Where(i => i.ProjectId == projectId && (i.Kind == ListItemKind.ExternalRisk || i.Kind == ListItemKind.InternalRisk))
            .ToListAsync(ct);
        var leader = await db.ProjectMembers.AsNoTracking()
            .Where(m => m.ProjectId == projectId && m.Role == MemberRole.Leader && m.GroupId == null && m.PersonId != null)
            .OrderBy(m => m.SortOrder).Select(m => m.PersonId).FirstOrDefaultAsync(ct);
        var risks = PassportRisks.InitialRegister(lines, leader);
        foreach (var risk in risks)
        {
            risk.ProjectId = projectId;
            risk.History.Add(new RiskStatusChange { At = now, To = risk.Status, UserName = userName, Comment = "Перенесён из паспорта (п. 22)" });
        }

        db.Risks.AddRange(risks);
        await db.SaveChangesAsync(ct);
        return risks.Count;
    }
}
