using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Approval;

namespace ProjectOffice.Data.Approval;

/// <summary>Signature data from real people: the person linked to the account, else the account's own name.</summary>
public static class Signers
{
    /// <param name="fallbackPosition">Printed when the account is not linked to a person with a position («Проектный офис»).</param>
    public static async Task<Signer> ForUserAsync(AppDbContext db, string? userId, string userName, string fallbackPosition, CancellationToken ct)
    {
        var person = userId is null ? null : await db.People.AsNoTracking()
            .Where(p => p.UserId == userId)
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.FullName, p.Position, Organisation = p.Organisation == null ? null : p.Organisation.ShortName ?? p.Organisation.Name })
            .FirstOrDefaultAsync(ct);
        return person is null
            ? new Signer(userId, null, userName, fallbackPosition, null)
            : new Signer(userId, person.Id, person.FullName, string.IsNullOrWhiteSpace(person.Position) ? fallbackPosition : person.Position, person.Organisation);
    }

    /// <summary>The person who agreed the passport in the current round: the last agreement since the last submission.</summary>
    public static async Task<(Signer Signer, DateOnly On)?> AgreedInCurrentRoundAsync(AppDbContext db, int projectId, TimeZoneInfo zone, CancellationToken ct)
    {
        var lastSubmitted = await db.ApprovalDecisions
            .Where(d => d.ProjectId == projectId && d.Kind == DecisionKind.Submitted)
            .MaxAsync(d => (int?)d.Id, ct) ?? 0;
        var agreed = await db.ApprovalDecisions.AsNoTracking()
            .Where(d => d.ProjectId == projectId && d.Kind == DecisionKind.Agreed && d.Id > lastSubmitted)
            .OrderByDescending(d => d.Id)
            .FirstOrDefaultAsync(ct);
        if (agreed is null)
        {
            return null;
        }

        var signer = await ForUserAsync(db, agreed.UserId, agreed.UserName, "Проектный офис", ct);
        return (signer, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(agreed.At, zone).DateTime));
    }
}
