using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Data.Approval;

/// <summary>Who took the earlier steps of the current round, and what the person taking the next one is in the team (for <see cref="SeparationOfDuties"/>).</summary>
public static class WorkflowParties
{
    /// <summary>The signed-in account and the person linked to it.</summary>
    public static async Task<Party> ActorAsync(AppDbContext db, string? userId, CancellationToken ct) =>
        new(userId, userId is null ? null : await db.People.Where(p => p.UserId == userId).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct));

    /// <summary>The last submission and the last agreement after it.</summary>
    public static async Task<(Party? Submitter, Party? Agreer)> CurrentRoundAsync(AppDbContext db, int projectId, CancellationToken ct)
    {
        var submitted = await db.ApprovalDecisions.AsNoTracking()
            .Where(d => d.ProjectId == projectId && d.StageId == null && d.Kind == DecisionKind.Submitted)
            .OrderByDescending(d => d.Id)
            .Select(d => new { d.Id, d.UserId, d.PersonId })
            .FirstOrDefaultAsync(ct);
        var after = submitted?.Id ?? 0;
        var agreed = await db.ApprovalDecisions.AsNoTracking()
            .Where(d => d.ProjectId == projectId && d.StageId == null && d.Kind == DecisionKind.Agreed && d.Id > after)
            .OrderByDescending(d => d.Id)
            .Select(d => new { d.UserId, d.PersonId })
            .FirstOrDefaultAsync(ct);
        return (submitted is null ? null : new Party(submitted.UserId, submitted.PersonId),
            agreed is null ? null : new Party(agreed.UserId, agreed.PersonId));
    }

    /// <summary>Who reported the stage complete last.</summary>
    public static async Task<Party?> StageReporterAsync(AppDbContext db, int stageId, CancellationToken ct)
    {
        var reported = await db.ApprovalDecisions.AsNoTracking()
            .Where(d => d.StageId == stageId && d.Kind == DecisionKind.StageReported)
            .OrderByDescending(d => d.Id)
            .Select(d => new { d.UserId, d.PersonId })
            .FirstOrDefaultAsync(ct);
        return reported is null ? null : new Party(reported.UserId, reported.PersonId);
    }

    /// <summary>The party's roles in the project's team (rows naming their person, or a person linked to their account).</summary>
    public static async Task<List<MemberRole>> TeamRolesAsync(AppDbContext db, int projectId, Party party, CancellationToken ct) =>
        await db.ProjectMembers
            .Where(m => m.ProjectId == projectId && m.PersonId != null
                        && (m.PersonId == party.PersonId || (party.UserId != null && m.Person!.UserId == party.UserId)))
            .Select(m => m.Role)
            .Distinct()
            .ToListAsync(ct);
}
