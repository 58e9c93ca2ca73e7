using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Data.Risks;

/// <summary>
/// The register as other features read it, for one project or many at once (one query per call, whatever the number
/// of projects): the card and the portfolio (summary, highest level), the monitoring report (open high and critical
/// risks, open problems), reminders (reviews due) and dashboards (late problems). Levels come from the office's
/// matrix, so they are computed after reading the two marks.
/// </summary>
public static class RiskRegisterQueries
{
    public static async Task<IReadOnlyDictionary<int, RiskRegisterSummary>> SummariesAsync(
        AppDbContext db, IReadOnlyCollection<int> projectIds, RiskMatrix matrix, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(matrix);
        var risks = await db.Risks.AsNoTracking().Where(r => projectIds.Contains(r.ProjectId))
            .Select(r => new { r.ProjectId, r.Status, r.Probability, r.Impact }).ToListAsync(ct);
        var problems = await db.ProjectProblems.AsNoTracking().Where(p => projectIds.Contains(p.ProjectId) && p.Status == ProblemStatus.Open)
            .Select(p => new { p.ProjectId, p.Deadline }).ToListAsync(ct);
        return projectIds.Distinct().ToDictionary(id => id, id =>
        {
            var own = risks.Where(r => r.ProjectId == id).ToList();
            var open = own.Where(r => RiskRules.IsOpen(r.Status)).GroupBy(r => matrix.Level(r.Probability, r.Impact))
                .ToDictionary(g => g.Key, g => g.Count());
            var ownProblems = problems.Where(p => p.ProjectId == id).ToList();
            return new RiskRegisterSummary(
                id, own.Count, open, ownProblems.Count, ownProblems.Count(p => RiskRules.IsLate(ProblemStatus.Open, p.Deadline, today)));
        });
    }

    public static async Task<RiskRegisterSummary> SummaryAsync(AppDbContext db, int projectId, RiskMatrix matrix, DateOnly today, CancellationToken ct) =>
        (await SummariesAsync(db, [projectId], matrix, today, ct))[projectId];

    /// <summary>Open (and monitored) risks of the projects at <paramref name="atLeast"/> or above, worst first.</summary>
    public static async Task<IReadOnlyList<RiskDigest>> OpenRisksAsync(
        AppDbContext db, IReadOnlyCollection<int> projectIds, RiskMatrix matrix, RiskLevel atLeast, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(matrix);
        var rows = await db.Risks.AsNoTracking()
            .Where(r => projectIds.Contains(r.ProjectId) && (r.Status == RiskStatus.Open || r.Status == RiskStatus.Monitoring))
            .OrderBy(r => r.ProjectId).ThenBy(r => r.SortOrder).ThenBy(r => r.Id)
            .Select(r => new { r.ProjectId, r.Id, r.Title, r.Kind, r.Probability, r.Impact, r.Status, r.ReviewDate, r.OwnerPersonId })
            .ToListAsync(ct);
        return rows
            .Select(r => new RiskDigest(r.ProjectId, r.Id, r.Title, r.Kind, r.Probability, r.Impact, matrix.Level(r.Probability, r.Impact), r.Status, r.ReviewDate, r.OwnerPersonId))
            .Where(r => r.Level >= atLeast)
            .OrderBy(r => r.ProjectId).ThenByDescending(r => RiskMatrix.Score(r.Probability, r.Impact))
            .ToList();
    }

    /// <summary>Problems not resolved yet, late ones flagged (deadline before <paramref name="today"/>).</summary>
    public static async Task<IReadOnlyList<ProblemDigest>> OpenProblemsAsync(
        AppDbContext db, IReadOnlyCollection<int> projectIds, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.ProjectProblems.AsNoTracking()
            .Where(p => projectIds.Contains(p.ProjectId) && p.Status == ProblemStatus.Open)
            .OrderBy(p => p.ProjectId).ThenBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new { p.ProjectId, p.Id, p.Title, p.Decision, p.Deadline, p.ResponsiblePersonId })
            .ToListAsync(ct);
        return rows.Select(p => new ProblemDigest(
            p.ProjectId, p.Id, p.Title, p.Decision, p.Deadline, p.ResponsiblePersonId, RiskRules.IsLate(ProblemStatus.Open, p.Deadline, today))).ToList();
    }

    /// <summary>
    /// Open risks whose review date is on or before <paramref name="until"/>: what a «review due» reminder sends to the
    /// owner (Person.UserId gives the account). Served by the (Status, ReviewDate) index.
    /// </summary>
    public static IQueryable<Risk> ReviewsDue(AppDbContext db, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Risks.AsNoTracking()
            .Where(r => (r.Status == RiskStatus.Open || r.Status == RiskStatus.Monitoring) && r.ReviewDate != null && r.ReviewDate <= until);
    }

    /// <summary>Open problems past their deadline, across projects (the (Status, Deadline) index).</summary>
    public static IQueryable<ProjectProblem> LateProblems(AppDbContext db, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ProjectProblems.AsNoTracking().Where(p => p.Status == ProblemStatus.Open && p.Deadline != null && p.Deadline < today);
    }
}
