using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Reports;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Forms.Reports;

/// <summary>
/// Two reports of «Инженерный кластер» so a newcomer sees the monitoring cycle at once: May 2021 filed by the leader,
/// agreed by the curator and accepted by the office (frozen, with its snapshot), and June 2021 a draft in which the
/// leader has explained the events still late since 2020 (the seed's events are all still planned).
/// </summary>
public sealed class DemoReportSeeder(AppDbContext db, TimeProvider clock)
{
    public const string AcceptedPeriod = "2021-05";
    public const string DraftPeriod = "2021-06";

    public async Task<bool> SeedAsync(ReportingOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var projectId = await db.Projects.Where(p => p.Name == "Инженерный кластер").OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (projectId is not { } id || await db.ProjectReports.AnyAsync(r => r.ProjectId == id, ct))
        {
            return false;
        }

        var names = DemoUsers.All.Select(u => u.UserName).ToList();
        var users = await db.Users.Where(u => names.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.FullName), ct);
        (string? Id, string Name) Who(DemoUser user) => users.TryGetValue(user.UserName, out var found) ? (found.Id, found.FullName) : (null, user.FullName);
        var leader = Who(DemoUsers.Leader);
        var curator = Who(DemoUsers.Curator);
        var office = Who(DemoUsers.Office);
        var now = clock.GetUtcNow();

        var accepted = new ProjectReport
        {
            ProjectId = id,
            Period = AcceptedPeriod,
            Content = await ContentAsync(id, ReportingPeriod.Parse(AcceptedPeriod)!, "май", ct),
            SubmittedByUserId = leader.Id, SubmittedByName = leader.Name, SubmittedOn = new DateOnly(2021, 6, 3),
            AgreedByUserId = curator.Id, AgreedByName = curator.Name, AgreedOn = new DateOnly(2021, 6, 4),
            AcceptedByUserId = office.Id, AcceptedByName = office.Name, AcceptedOn = new DateOnly(2021, 6, 7),
            Status = ReportStatus.Accepted,
            UpdatedAt = now,
            History =
            [
                Decision(ReportStep.Submit, new DateTime(2021, 6, 3, 9, 0, 0), leader, null),
                Decision(ReportStep.Agree, new DateTime(2021, 6, 4, 11, 0, 0), curator, "Согласовано."),
                Decision(ReportStep.Accept, new DateTime(2021, 6, 7, 10, 0, 0), office, null),
            ],
        };
        var document = await ReportQuery.LoadAsync(db, id, ReportingPeriod.Parse(AcceptedPeriod)!, accepted, options, RiskMatrix.Default, clock.Today(), ct);
        accepted.Snapshot = ReportQuery.Freeze(document!);

        var draft = new ProjectReport
        {
            ProjectId = id,
            Period = DraftPeriod,
            Content = await ContentAsync(id, ReportingPeriod.Parse(DraftPeriod)!, "июнь", ct),
            UpdatedAt = now,
        };
        db.ProjectReports.AddRange(accepted, draft);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>An explanation and measures for every event late at the period's end, and a few words on risks.</summary>
    private async Task<ReportContent> ContentAsync(int projectId, ReportingPeriod period, string month, CancellationToken ct)
    {
        var document = await ReportQuery.LoadAsync(db, projectId, period, null, new ReportingOptions(), RiskMatrix.Default, clock.Today(), ct);
        return new ReportContent
        {
            Events = document!.Events.Where(e => e.IsLate).Select(e => new ReportEventNote
            {
                ControlEventId = e.ControlEventId,
                Explanation = "Отметка о выполнении не внесена ответственным: подтверждающие документы собираются у образовательных организаций.",
                Measures = $"Ответственному внести отметку и приложить подтверждение до 10 числа месяца, следующего за отчетным ({month}).",
            }).ToList(),
            Risks = "Кадровый дефицит педагогов инженерной направленности в образовательных организациях-участниках.",
            Proposals = "Провести совещание руководителей организаций-участников по внесению отметок о выполнении контрольных событий.",
        };
    }

    private static ReportDecisionRecord Decision(ReportStep step, DateTime at, (string? Id, string Name) who, string? comment) => new()
    {
        Step = step,
        At = new DateTimeOffset(at, TimeSpan.FromHours(6)),
        UserId = who.Id,
        UserName = who.Name,
        Comment = comment,
    };
}
