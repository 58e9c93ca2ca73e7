using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.Risks;
using ProjectOffice.Domain.Notifications;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>A line of a «Риски и проблемы» digest or of a curator's escalation: a risk to review or a late problem.</summary>
public sealed record RiskReminderItem(int ProjectId, int Id, string Title, DateOnly Date, ReminderReason Reason, bool IsProblem);

/// <summary>
/// What the register adds to the daily pass, read with one query for reviews and one for late problems across all
/// projects (the (Status, ReviewDate) and (Status, Deadline) indexes): each risk to its owner's account, each problem to
/// its responsible's; one with nobody (or a person without an account) goes to the project's leaders, who keep the
/// register. Problems late beyond the threshold go to the project's curators as well.
/// </summary>
public static class RiskReminderItems
{
    public static async Task<(Dictionary<string, List<RiskReminderItem>> Reminders, Dictionary<string, List<RiskReminderItem>> Escalations)> LoadAsync(
        AppDbContext db, DateOnly today, ReminderOptions rules, ILookup<int, string> leaders, ILookup<int, string> curators, CancellationToken ct)
    {
        var reviews = await RiskRegisterQueries.ReviewsDue(db, today.AddDays(rules.Horizon))
            .Select(r => new
            {
                r.ProjectId, r.Id, r.Title, r.Status, r.ReviewDate,
                UserId = db.People.Where(p => p.Id == r.OwnerPersonId).Select(p => p.UserId).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var problems = await RiskRegisterQueries.LateProblems(db, today)
            .Select(p => new
            {
                p.ProjectId, p.Id, p.Title, p.Status, p.Deadline,
                UserId = db.People.Where(x => x.Id == p.ResponsiblePersonId).Select(x => x.UserId).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var reminders = new Dictionary<string, List<RiskReminderItem>>(StringComparer.Ordinal);
        var escalations = new Dictionary<string, List<RiskReminderItem>>(StringComparer.Ordinal);
        foreach (var risk in reviews)
        {
            var reason = RiskReminderRules.ReviewReason(risk.Status, risk.ReviewDate, today, rules);
            if (reason != ReminderReason.None)
            {
                var item = new RiskReminderItem(risk.ProjectId, risk.Id, risk.Title, risk.ReviewDate!.Value, reason, false);
                AddTo(reminders, risk.UserId is { } owner ? [owner] : leaders[risk.ProjectId], item);
            }
        }

        foreach (var problem in problems)
        {
            var item = new RiskReminderItem(problem.ProjectId, problem.Id, problem.Title, problem.Deadline!.Value, ReminderReason.Overdue, true);
            AddTo(reminders, problem.UserId is { } responsible ? [responsible] : leaders[problem.ProjectId], item);
            if (RiskReminderRules.ProblemEscalates(problem.Status, problem.Deadline, today, rules))
            {
                AddTo(escalations, curators[problem.ProjectId], item);
            }
        }

        return (reminders, escalations);
    }

    private static void AddTo(Dictionary<string, List<RiskReminderItem>> map, IEnumerable<string> userIds, RiskReminderItem item)
    {
        foreach (var userId in userIds.Distinct())
        {
            if (!map.TryGetValue(userId, out var list))
            {
                map[userId] = list = [];
            }

            list.Add(item);
        }
    }
}
