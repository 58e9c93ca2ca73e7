using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using ProjectOffice.Data;
using ProjectOffice.Domain.Notifications;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>
/// The daily reminder pass for one date: per person one digest of control events (responsible: a week and a day ahead,
/// today, late; leader: today and late in their projects), per curator one escalation digest (events and problems late
/// beyond the threshold), per person one digest of the risk register (reviews due to owners, late problems to their
/// responsible: <see cref="RiskReminderItems"/>), and per person one digest of the workflow events they chose to get
/// daily. A handful of set queries whatever the number of projects.
/// Digests are inserted with ON CONFLICT DO NOTHING on the unique (person, date, kind): a second pass, or a pass of
/// another portal instance running at the same moment, writes nothing twice. No lock is needed for that, so the pass
/// is a plain method the scheduler, the <c>remind</c> verb and the tests all call.
/// </summary>
public sealed class ReminderPass(
    AppDbContext db, PortalLinks links, UnsubscribeTokens tokens, IOptions<ReminderSettings> settings, TimeProvider clock, MailSignal signal)
{
    public async Task<ReminderPassResult> RunAsync(DateOnly today, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var rules = settings.Value.Rules;
        var limit = today.AddDays(rules.Horizon);
        var events = await db.ControlEvents.AsNoTracking()
            .Where(e => e.Status == ControlEventStatus.Planned && (e.PlannedDate ?? e.PlanItem!.EndDate ?? e.PlanItem.DeadlineEnd) <= limit)
            .Select(e => new { e.Id, e.ProjectId, e.PlanItemId, Name = e.Name ?? e.PlanItem!.Name ?? "", Planned = (e.PlannedDate ?? e.PlanItem!.EndDate ?? e.PlanItem.DeadlineEnd)!.Value })
            .ToListAsync(ct);
        var open = events.Select(e => new OpenEvent(e.Id, e.ProjectId, e.PlanItemId, e.Name, e.Planned))
            .Where(e => ReminderRules.Reason(ControlEventStatus.Planned, e.Planned, today, rules) != ReminderReason.None)
            .ToList();

        var responsibles = await db.Responsibles.AsNoTracking()
            .Where(r => r.Person!.UserId != null && (r.ControlEventId != null || r.PlanItemId != null))
            .Select(r => new { r.ControlEventId, r.PlanItemId, UserId = r.Person!.UserId! })
            .ToListAsync(ct);
        var byEvent = responsibles.Where(r => r.ControlEventId != null).ToLookup(r => r.ControlEventId!.Value, r => r.UserId);
        var byPlanItem = responsibles.Where(r => r.PlanItemId != null).ToLookup(r => r.PlanItemId!.Value, r => r.UserId);
        var members = await db.ProjectMembers.AsNoTracking()
            .Where(m => (m.Role == MemberRole.Leader || m.Role == MemberRole.Curator) && m.Person!.UserId != null)
            .Select(m => new { m.ProjectId, m.Role, UserId = m.Person!.UserId! })
            .Distinct()
            .ToListAsync(ct);
        var leaders = members.Where(m => m.Role == MemberRole.Leader).ToLookup(m => m.ProjectId, m => m.UserId);
        var curators = members.Where(m => m.Role == MemberRole.Curator).ToLookup(m => m.ProjectId, m => m.UserId);

        var reminders = new Dictionary<string, Dictionary<int, (OpenEvent Event, ReminderReason Reason)>>(StringComparer.Ordinal);
        var escalations = new Dictionary<string, List<OpenEvent>>(StringComparer.Ordinal);
        foreach (var ev in open)
        {
            var reason = ReminderRules.Reason(ControlEventStatus.Planned, ev.Planned, today, rules);
            var people = byEvent[ev.Id].Concat(ev.PlanItemId is { } item ? byPlanItem[item] : []);
            if (reason is ReminderReason.Overdue or ReminderReason.DueToday)
            {
                people = people.Concat(leaders[ev.ProjectId]);
            }

            foreach (var userId in people)
            {
                if (!reminders.TryGetValue(userId, out var mine))
                {
                    reminders[userId] = mine = [];
                }

                mine[ev.Id] = (ev, reason);
            }

            if (ReminderRules.Escalates(ControlEventStatus.Planned, ev.Planned, today, rules))
            {
                foreach (var userId in curators[ev.ProjectId].Distinct())
                {
                    if (!escalations.TryGetValue(userId, out var list))
                    {
                        escalations[userId] = list = [];
                    }

                    list.Add(ev);
                }
            }
        }

        var (risky, lateProblems) = await RiskReminderItems.LoadAsync(db, today, rules, leaders, curators, ct);

        var held = await db.MailLetters.AsNoTracking().Where(m => m.Status == MailStatus.Held && m.UserId != null)
            .Select(m => new { m.Id, UserId = m.UserId!, m.Kind, m.Subject, m.Link, m.ProjectId, m.CreatedAt })
            .ToListAsync(ct);

        var recipients = await MailRecipients.LoadAsync(
            db, [.. reminders.Keys.Concat(escalations.Keys).Concat(risky.Keys).Concat(lateProblems.Keys).Concat(held.Select(h => h.UserId)).Distinct()], ct);
        var projectIds = open.Select(e => e.ProjectId).Concat(risky.Values.Concat(lateProblems.Values).SelectMany(l => l).Select(i => i.ProjectId)).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        var letters = new List<DigestLetter>();
        var withoutAddress = new HashSet<string>(StringComparer.Ordinal);
        bool Receives(string userId, string kind, out Recipient recipient)
        {
            if (!recipients.TryGetValue(userId, out recipient!) || !recipient.Wants(kind))
            {
                return false;
            }

            if (!recipient.CanReceive)
            {
                withoutAddress.Add(userId);
                return false;
            }

            return true;
        }

        foreach (var (userId, items) in reminders)
        {
            if (Receives(userId, NotificationKinds.ControlEvents, out var to))
            {
                letters.Add(ControlEventDigest(to, today, rules, [.. items.Values], projects));
            }
        }

        foreach (var userId in escalations.Keys.Union(lateProblems.Keys))
        {
            if (Receives(userId, NotificationKinds.Escalation, out var to))
            {
                letters.Add(EscalationDigest(to, today, escalations.GetValueOrDefault(userId) ?? [], lateProblems.GetValueOrDefault(userId) ?? [], projects));
            }
        }

        foreach (var (userId, items) in risky)
        {
            if (Receives(userId, NotificationKinds.Risks, out var to))
            {
                letters.Add(RiskDigest(to, today, items, projects));
            }
        }

        foreach (var group in held.GroupBy(h => (h.UserId, h.Kind)))
        {
            if (recipients.TryGetValue(group.Key.UserId, out var to) && to.CanReceive)
            {
                var (subject, html, text) = HeldDigest(to, group.Key.Kind, today, [.. group.Select(h => (h.Subject, h.Link, h.CreatedAt))]);
                letters.Add(new DigestLetter(group.Key.Kind, to, subject, html, text, Unsubscribe(to, group.Key.Kind), [.. group.Select(h => h.Id)]));
            }
        }

        var written = await WriteAsync(letters, today, ct);
        if (written > 0)
        {
            signal.Wake();
        }

        return new ReminderPassResult(written, letters.Count - written, withoutAddress.Count, events.Count, watch.Elapsed);
    }

    private DigestLetter ControlEventDigest(
        Recipient to, DateOnly today, ReminderOptions rules, List<(OpenEvent Event, ReminderReason Reason)> items, Dictionary<int, string> projects)
    {
        var overdue = items.Count(i => i.Reason == ReminderReason.Overdue);
        var dueToday = items.Count(i => i.Reason == ReminderReason.DueToday);
        var soon = items.Count(i => i.Reason == ReminderReason.DueSoon);
        var subject = ReminderRules.DigestSubject(overdue, dueToday, soon, rules.Horizon);
        var unsubscribe = Unsubscribe(to, NotificationKinds.ControlEvents);
        var writer = new LetterWriter($"Контрольные события на {RussianDates.Numeric(today)}")
            .Paragraph($"Здравствуйте, {to.FullName}!")
            .Paragraph($"{subject}. Ниже — события, по которым вы ответственный исполнитель или руководитель проекта.");
        foreach (var project in items.GroupBy(i => i.Event.ProjectId).OrderBy(g => projects.GetValueOrDefault(g.Key), StringComparer.Ordinal))
        {
            writer.Heading($"Проект «{projects.GetValueOrDefault(project.Key)}»");
            foreach (var (ev, reason) in project.OrderByDescending(i => i.Reason).ThenBy(i => i.Event.Planned).ThenBy(i => i.Event.Id))
            {
                writer.Row(ev.Name, links.ControlEvent(ev.Id), $"срок {RussianDates.Numeric(ev.Planned)}", State(reason, ev.Planned, today));
            }

            writer.Link("Все контрольные события проекта", links.ProjectControlEvents(project.Key));
        }

        var (html, text) = writer.Footer(NotificationKinds.Label(NotificationKinds.ControlEvents), links.Settings, unsubscribe).Finish();
        return new DigestLetter(NotificationKinds.ControlEvents, to, subject, html, text, unsubscribe, []);
    }

    private DigestLetter EscalationDigest(
        Recipient to, DateOnly today, List<OpenEvent> items, List<RiskReminderItem> problems, Dictionary<int, string> projects)
    {
        var byProject = items.Select(i => i.ProjectId).Concat(problems.Select(p => p.ProjectId)).Distinct()
            .OrderBy(id => projects.GetValueOrDefault(id), StringComparer.Ordinal).ToList();
        var subject = ReminderRules.EscalationSubject(items.Count, problems.Count, byProject.Count);
        var unsubscribe = Unsubscribe(to, NotificationKinds.Escalation);
        var writer = new LetterWriter($"Эскалация просрочек на {RussianDates.Numeric(today)}")
            .Paragraph($"Здравствуйте, {to.FullName}!")
            .Paragraph($"{subject}. Вы куратор этих проектов.");
        foreach (var project in byProject)
        {
            writer.Heading($"Проект «{projects.GetValueOrDefault(project)}»");
            foreach (var ev in items.Where(e => e.ProjectId == project).OrderBy(e => e.Planned).ThenBy(e => e.Id))
            {
                writer.Row(ev.Name, links.ControlEvent(ev.Id), $"срок {RussianDates.Numeric(ev.Planned)}", State(ReminderReason.Overdue, ev.Planned, today));
            }

            RegisterRows(writer, today, [.. problems.Where(p => p.ProjectId == project)]);
        }

        var (html, text) = writer.Footer(NotificationKinds.Label(NotificationKinds.Escalation), links.Settings, unsubscribe).Finish();
        return new DigestLetter(NotificationKinds.Escalation, to, subject, html, text, unsubscribe, []);
    }

    private DigestLetter RiskDigest(Recipient to, DateOnly today, List<RiskReminderItem> items, Dictionary<int, string> projects)
    {
        var subject = RiskReminderRules.Subject(items.Count(i => !i.IsProblem), items.Count(i => i.IsProblem));
        var unsubscribe = Unsubscribe(to, NotificationKinds.Risks);
        var writer = new LetterWriter($"Риски и проблемы на {RussianDates.Numeric(today)}")
            .Paragraph($"Здравствуйте, {to.FullName}!")
            .Paragraph($"{subject}. Ниже — риски, которые вам пора пересмотреть, и проблемы, за решение которых вы отвечаете.");
        foreach (var project in items.GroupBy(i => i.ProjectId).OrderBy(g => projects.GetValueOrDefault(g.Key), StringComparer.Ordinal))
        {
            writer.Heading($"Проект «{projects.GetValueOrDefault(project.Key)}»");
            RegisterRows(writer, today, [.. project]);
            writer.Link("Реестр рисков проекта", links.ProjectRisks(project.Key));
        }

        var (html, text) = writer.Footer(NotificationKinds.Label(NotificationKinds.Risks), links.Settings, unsubscribe).Finish();
        return new DigestLetter(NotificationKinds.Risks, to, subject, html, text, unsubscribe, []);
    }

    /// <summary>Risks to review first, then late problems, each the earliest date (the longest late) first.</summary>
    private void RegisterRows(LetterWriter writer, DateOnly today, List<RiskReminderItem> items)
    {
        foreach (var item in items.OrderBy(i => i.IsProblem).ThenBy(i => i.Date).ThenBy(i => i.Id))
        {
            var days = item.Date.DayNumber - today.DayNumber;
            var (what, state) = item.IsProblem
                ? ($"Проблема: {item.Title}", $"просрочена на {-days} {ReminderRules.Days(-days)}")
                : ($"Риск: {item.Title}", item.Reason switch
                {
                    ReminderReason.Overdue => $"пересмотр просрочен на {-days} {ReminderRules.Days(-days)}",
                    ReminderReason.DueToday => "пересмотр сегодня",
                    _ => $"пересмотр через {days} {ReminderRules.Days(days)}",
                });
            writer.Row(what, links.RegisterRow(item.ProjectId, item.Id, item.IsProblem), $"{(item.IsProblem ? "срок" : "дата пересмотра")} {RussianDates.Numeric(item.Date)}", state);
        }
    }

    private (string Subject, string Html, string Text) HeldDigest(Recipient to, string kind, DateOnly today, List<(string Subject, string? Link, DateTimeOffset At)> items)
    {
        var label = NotificationKinds.Label(kind);
        var subject = $"{label}: {items.Count} {ReminderRules.Plural(items.Count, "событие", "события", "событий")} — сводка на {RussianDates.Numeric(today)}";
        var writer = new LetterWriter(subject).Paragraph($"Здравствуйте, {to.FullName}!");
        foreach (var item in items.OrderBy(i => i.At))
        {
            writer.Row(item.Subject, item.Link ?? links.Base, RussianDates.Moment(item.At));
        }

        var (html, text) = writer.Footer(label, links.Settings, Unsubscribe(to, kind)).Finish();
        return (subject, html, text);
    }

    /// <summary>Writes the digests; a digest someone already wrote for this person, day and kind is skipped by the database.</summary>
    private async Task<int> WriteAsync(List<DigestLetter> letters, DateOnly today, CancellationToken ct)
    {
        const string Insert = """
            INSERT INTO "MailLetters" ("Kind", "UserId", "ToAddress", "ToName", "Subject", "HtmlBody", "TextBody", "UnsubscribeUrl",
                                       "Status", "Attempts", "CreatedAt", "NextAttemptAt", "DigestDate")
            SELECT k, u, a, n, s, h, t, x, 1, 0, @now, @now, @date
            FROM unnest(@k, @u, @a, @n, @s, @h, @t, @x) AS l(k, u, a, n, s, h, t, x)
            ON CONFLICT ("UserId", "DigestDate", "Kind") WHERE "DigestDate" IS NOT NULL DO NOTHING
            RETURNING "UserId", "Kind"
            """;
        var now = clock.GetUtcNow();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var written = 0;
            foreach (var chunk in letters.Chunk(500))
            {
                await using var transaction = await connection.BeginTransactionAsync(ct);
                var inserted = new HashSet<(string, string)>();
                await using (var command = new NpgsqlCommand(Insert, connection, transaction))
                {
                    command.Parameters.AddWithValue("now", now);
                    command.Parameters.AddWithValue("date", today);
                    Add(command, "k", chunk.Select(l => l.Kind));
                    Add(command, "u", chunk.Select(l => l.To.UserId));
                    Add(command, "a", chunk.Select(l => l.To.Email!));
                    Add(command, "n", chunk.Select(l => l.To.FullName));
                    Add(command, "s", chunk.Select(l => l.Subject));
                    Add(command, "h", chunk.Select(l => l.Html));
                    Add(command, "t", chunk.Select(l => l.Text));
                    Add(command, "x", chunk.Select(l => l.UnsubscribeUrl));
                    await using var reader = await command.ExecuteReaderAsync(ct);
                    while (await reader.ReadAsync(ct))
                    {
                        inserted.Add((reader.GetString(0), reader.GetString(1)));
                    }
                }

                // Held events go out inside the digest that was written now, never in one another pass wrote.
                var merged = chunk.Where(l => l.Merged.Count > 0 && inserted.Contains((l.To.UserId, l.Kind))).SelectMany(l => l.Merged).ToArray();
                if (merged.Length > 0)
                {
                    await using var update = new NpgsqlCommand(
                        """UPDATE "MailLetters" SET "Status" = 6 WHERE "Id" = ANY(@ids) AND "Status" = 5""", connection, transaction);
                    update.Parameters.AddWithValue("ids", merged);
                    await update.ExecuteNonQueryAsync(ct);
                }

                await transaction.CommitAsync(ct);
                written += inserted.Count;
            }

            return written;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(NpgsqlCommand command, string name, IEnumerable<string> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() });

    private string Unsubscribe(Recipient to, string kind) => links.Unsubscribe(tokens.Make(to.UserId, kind));

    private static string State(ReminderReason reason, DateOnly planned, DateOnly today) => reason switch
    {
        ReminderReason.Overdue => $"просрочено на {ReminderRules.DaysLate(planned, today)} {ReminderRules.Days(ReminderRules.DaysLate(planned, today))}",
        ReminderReason.DueToday => "срок сегодня",
        _ => $"через {planned.DayNumber - today.DayNumber} {ReminderRules.Days(planned.DayNumber - today.DayNumber)}",
    };
}
