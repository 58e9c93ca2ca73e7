using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Notifications;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>
/// Letters about a workflow decision, added to the same unit of work as the decision itself: they are saved by the
/// decision's SaveChanges, or not at all (a stale decision that changes nothing sends nothing). People who chose a
/// daily digest for the kind get the letter held for the next reminder pass.
/// </summary>
public sealed class DecisionNotifier(AppDbContext db, PortalLinks links, UnsubscribeTokens tokens, TimeProvider clock, MailSignal signal)
{
    public async Task AddAsync(int projectId, DecisionKind decision, string? stageName, string? comment, string? actorUserId, CancellationToken ct)
    {
        var kind = DecisionNotices.Kind(decision);
        var permission = DecisionNotices.Audience(decision);
        var globalRoles = Roles.All.Where(r => RolePermissions.Grants([r], permission)).ToList();
        var projectRoles = Enum.GetValues<Domain.Projects.MemberRole>().Where(r => RolePermissions.GrantsInProject([r], permission)).ToList();
        var userIds = await db.UserRoles
            .Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && globalRoles.Contains(r.Name!)))
            .Select(ur => ur.UserId)
            .Union(db.ProjectMembers
                .Where(m => m.ProjectId == projectId && projectRoles.Contains(m.Role) && m.Person!.UserId != null)
                .Select(m => m.Person!.UserId!))
            .ToListAsync(ct);
        userIds.Remove(actorUserId ?? "");
        if (userIds.Count == 0)
        {
            return;
        }

        var project = await db.Projects.Where(p => p.Id == projectId).Select(p => p.Name).SingleAsync(ct);
        var what = stageName is null ? DecisionKinds.Label(decision) : $"Этап «{stageName}»: {DecisionKinds.Label(decision).ToLowerInvariant()}";
        var subject = $"«{project}»: {what}";
        var link = links.Approval(projectId);
        var now = clock.GetUtcNow();
        foreach (var to in (await MailRecipients.LoadAsync(db, userIds, ct)).Values.Where(r => r.CanReceive && r.Wants(kind)))
        {
            var unsubscribe = links.Unsubscribe(tokens.Make(to.UserId, kind));
            var writer = new LetterWriter(subject)
                .Paragraph($"Здравствуйте, {to.FullName}!")
                .Paragraph($"Проект «{project}». {what}.");
            if (comment is not null)
            {
                writer.Paragraph($"Комментарий: {comment}");
            }

            var (html, text) = writer.Link("Открыть согласование проекта", link)
                .Footer(NotificationKinds.Label(kind), links.Settings, unsubscribe).Finish();
            db.MailLetters.Add(new MailLetter
            {
                Kind = kind,
                UserId = to.UserId,
                ToAddress = to.Email!,
                ToName = to.FullName,
                Subject = subject,
                HtmlBody = html,
                TextBody = text,
                UnsubscribeUrl = unsubscribe,
                Link = link,
                ProjectId = projectId,
                Status = to.WantsDigest(kind) ? MailStatus.Held : MailStatus.Queued,
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }

        // Wakes the sender a moment early at worst; it finds the letters once the decision is committed.
        signal.Wake();
    }
}
