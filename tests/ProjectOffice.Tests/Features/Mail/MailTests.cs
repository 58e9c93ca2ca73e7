using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Notifications;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Domain.Risks;
using ProjectOffice.Tests.Infrastructure;
using ProjectOffice.Web.Features.Mail;

namespace ProjectOffice.Tests.Features.Mail;

/// <summary>
/// Letters through a real SMTP server: the demo digest, exactly-once under repeated and concurrent passes, an outage,
/// a refused recipient, unsubscribe without sign-in, and a workflow decision's letter. Each test takes its own date.
/// </summary>
public sealed class MailTests(MailPortalFactory portal) : IClassFixture<MailPortalFactory>
{
    private const string Methodist = "methodist@demo.projectoffice.local";
    private const string Leader = "leader@demo.projectoffice.local";

    [Fact]
    public async Task Demo_digest_for_a_fixed_date_arrives_with_recipient_subject_links_and_unsubscribe_header()
    {
        await PassAsync(new DateOnly(2021, 6, 20));

        var letter = await portal.Smtp.WaitForAsync(Methodist, m => Text(m).Contains("на 20.06.2021", StringComparison.Ordinal));
        Assert.Equal("Лобова Татьяна Сергеевна", letter.To.Mailboxes.Single().Name);
        Assert.Equal("8 контрольных событий просрочены", letter.Subject);
        var text = Text(letter);
        Assert.Contains("Проект «Инженерный кластер»", text, StringComparison.Ordinal);
        Assert.Contains("* Проведена презентация проектных работ обучающихся\n  срок 15.06.2021 · просрочено на 5 дней\n  http://portal.test/control-events/", text, StringComparison.Ordinal);
        Assert.Contains("срок 28.02.2020 · просрочено на 478 дней", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Сформирован отчет по реализации проекта", text, StringComparison.Ordinal); // due 31.12.2021: not yet
        Assert.Contains("<a href=\"http://portal.test/control-events/", (letter.HtmlBody ?? ""), StringComparison.Ordinal);
        Assert.Contains("http://portal.test/projects/", text, StringComparison.Ordinal);
        Assert.StartsWith("<http://portal.test/mail/unsubscribe?token=", letter.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", letter.Headers["List-Unsubscribe-Post"]);

        var curator = await portal.Smtp.WaitForAsync("curator@demo.projectoffice.local", m => (m.Subject ?? "").StartsWith("Эскалация", StringComparison.Ordinal)
            && Text(m).Contains("на 20.06.2021", StringComparison.Ordinal));
        Assert.Contains("просрочено на 478 дней", Text(curator), StringComparison.Ordinal);
        Assert.DoesNotContain("просрочено на 5 дней", Text(curator), StringComparison.Ordinal); // 5 days late: not yet escalated (> 14)
    }

    [Fact]
    public async Task Two_passes_and_two_concurrent_passes_with_two_senders_send_each_digest_exactly_once()
    {
        var date = new DateOnly(2021, 6, 21);
        var delivery = portal.Services.GetRequiredService<MailDelivery>();
        using var stop = new CancellationTokenSource();
        // A second sender, as a second portal instance would run, next to the portal's own.
        var secondSender = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (await delivery.SendDueAsync(CancellationToken.None) == 0)
                {
                    await Task.Delay(20);
                }
            }
        });

        var concurrent = await Task.WhenAll(PassAsync(date), PassAsync(date));
        var again = await PassAsync(date);

        var rows = await ReadAsync(db => db.MailLetters.Where(m => m.DigestDate == date).Select(m => new { m.UserId, m.Kind }).ToListAsync());
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.Equal(rows.Count, concurrent.Sum(r => r.Written));
        Assert.Equal(0, again.Written);
        Assert.Equal(rows.Count, again.AlreadyWritten);

        await WaitAsync(async () => await ReadAsync(db => db.MailLetters.CountAsync(m => m.DigestDate == date && m.Status == MailStatus.Sent)) == rows.Count);
        await stop.CancelAsync();
        await secondSender;
        var ids = await ReadAsync(db => db.MailLetters.Where(m => m.DigestDate == date).Select(m => m.Id).ToListAsync());
        foreach (var id in ids)
        {
            Assert.Single(portal.Smtp.Received, m => m.MessageId == $"letter-{id}@projectoffice.local");
        }

        Assert.Single(portal.Smtp.To(Methodist), m => Text(m).Contains("на 21.06.2021", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Letters_written_while_the_smtp_server_is_down_are_sent_once_it_is_back()
    {
        await portal.Smtp.StopAsync();
        try
        {
            var date = new DateOnly(2021, 6, 22);
            await PassAsync(date);
            await WaitAsync(async () => await ReadAsync(db => db.MailLetters.AnyAsync(m =>
                m.DigestDate == date && m.ToAddress == Methodist && m.Attempts >= 2 && m.Status == MailStatus.Queued && m.LastError != null)));
            Assert.DoesNotContain(portal.Smtp.To(Methodist), m => Text(m).Contains("на 22.06.2021", StringComparison.Ordinal));
        }
        finally
        {
            portal.Smtp.Start();
        }

        await portal.Smtp.WaitForAsync(Methodist, m => Text(m).Contains("на 22.06.2021", StringComparison.Ordinal));
        await WaitAsync(async () => await ReadAsync(db =>
            db.MailLetters.AllAsync(m => m.DigestDate != new DateOnly(2021, 6, 22) || m.Status == MailStatus.Sent)));
        Assert.Single(portal.Smtp.To(Methodist), m => Text(m).Contains("на 22.06.2021", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_recipient_fails_that_letter_only_and_a_long_body_arrives_whole()
    {
        portal.Smtp.Refused["nobody@refused.test"] = true;
        var longText = string.Concat(Enumerable.Repeat("Строка письма, которая не обрезается. ", 8000));
        var (refusedId, goodId) = await ReadAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            MailLetter Letter(string to, string body) => new()
            {
                Kind = NotificationKinds.Passport, ToAddress = to, ToName = "Проверка", Subject = "Проверка доставки " + to,
                HtmlBody = "<p>" + WebUtility.HtmlEncode(body) + "</p>", TextBody = body, CreatedAt = now, NextAttemptAt = now,
            };
            var refused = Letter("nobody@refused.test", "короткое");
            var good = Letter("whole@example.test", longText);
            db.MailLetters.AddRange(refused, good);
            await db.SaveChangesAsync();
            return (refused.Id, good.Id);
        });

        var arrived = await portal.Smtp.WaitForAsync("whole@example.test", _ => true);
        Assert.Equal(longText, Text(arrived).TrimEnd('\r', '\n'));
        await WaitAsync(async () => await ReadAsync(db => db.MailLetters.AnyAsync(m => m.Id == refusedId && m.Status == MailStatus.Failed)));
        Assert.Equal(MailStatus.Sent, await ReadAsync(db => db.MailLetters.Where(m => m.Id == goodId).Select(m => m.Status).SingleAsync()));

        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);
        var page = await admin.GetPageAsync($"/admin/mail/{refusedId}");
        Assert.Contains("550", page.QuerySelector("[data-testid=error]")!.TextContent, StringComparison.Ordinal);
        var list = await admin.GetPageAsync("/admin/mail?status=Failed");
        Assert.NotNull(list.QuerySelector($"tr[data-letter='{refusedId}']"));

        // Resent after the address was mended on the server's side, it goes.
        portal.Smtp.Refused.Clear();
        using var resent = await admin.PostFormAsync($"/admin/mail/{refusedId}/resend", [], formPage: $"/admin/mail/{refusedId}");
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        await portal.Smtp.WaitForAsync("nobody@refused.test", _ => true);

        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);
        using var refusedPage = await methodist.Http.GetAsync(new Uri($"/admin/mail/{refusedId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, refusedPage.StatusCode);
    }

    [Fact]
    public async Task Unsubscribe_link_works_without_sign_in_and_turns_off_only_its_own_kind()
    {
        await PassAsync(new DateOnly(2021, 6, 23));
        var letter = await portal.Smtp.WaitForAsync(Leader, m => Text(m).Contains("на 23.06.2021", StringComparison.Ordinal));
        Assert.Contains("1 — в ближайшие 7 дней", letter.Subject, StringComparison.Ordinal); // 30.06.2021 is a week ahead
        var url = new Uri(letter.Headers["List-Unsubscribe"]!.Trim('<', '>'));

        using var anonymous = portal.CreatePortalClient();
        var confirm = await anonymous.GetPageAsync(url.PathAndQuery);
        Assert.Contains("Сроки контрольных событий", confirm.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(await EnabledAsync("leader", NotificationKinds.ControlEvents)); // a GET (a mail scanner) does not unsubscribe

        using var tampered = await anonymous.Http.PostAsync(new Uri(url.PathAndQuery + "x", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);

        // RFC 8058: the mail client posts «List-Unsubscribe=One-Click» to the header's address, with no cookie and no antiforgery token.
        using var oneClick = await anonymous.Http.PostAsync(new Uri(url.PathAndQuery, UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.False(await EnabledAsync("leader", NotificationKinds.ControlEvents));
        Assert.Null(await EnabledAsync("leader", NotificationKinds.Passport));

        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var settings = await leader.GetPageAsync("/account/notifications");
        Assert.False(settings.QuerySelector("#enabled-control-events")!.HasAttribute("checked"));
        Assert.True(settings.QuerySelector("#enabled-passport")!.HasAttribute("checked"));

        var next = await PassAsync(new DateOnly(2021, 6, 24));
        Assert.True(next.Written > 0);
        Assert.False(await ReadAsync(db => db.MailLetters.AnyAsync(m =>
            m.DigestDate == new DateOnly(2021, 6, 24) && m.ToAddress == Leader && m.Kind == NotificationKinds.ControlEvents)));
    }

    [Fact]
    public async Task A_person_refuses_an_invalid_address_and_keeps_what_was_typed()
    {
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);
        using var response = await viewer.PostFormAsync("/account/notifications", new() { ["Email"] = "не адрес@", ["Kinds[0].Code"] = "passport" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("name@example.ru", page.QuerySelector("[data-valmsg-for=Email]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("не адрес@", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Email")!).Value);
        Assert.Equal("viewer@demo.projectoffice.local", await ReadAsync(db => db.Users.Where(u => u.UserName == "viewer").Select(u => u.Email).SingleAsync()));
    }

    [Fact]
    public async Task Passport_submitted_by_the_leader_mails_the_office_in_the_decisions_transaction()
    {
        var projectId = await ReadAsync(db => db.Projects.Where(p => p.Name == "Инженерный кластер").Select(p => p.Id).SingleAsync());
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var page = await leader.GetPageAsync($"/projects/{projectId}/approval");
        var version = (page.QuerySelector("input[name='Version']") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value ?? "0";
        using var submitted = await leader.PostFormAsync($"/projects/{projectId}/approval/submit",
            new() { ["Version"] = version, ["Comment"] = "Прошу согласовать" }, formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var letter = await portal.Smtp.WaitForAsync("office@demo.projectoffice.local", m => (m.Subject ?? "").Contains("Передан на согласование", StringComparison.Ordinal));
        Assert.Equal("«Инженерный кластер»: Передан на согласование", letter.Subject);
        Assert.Contains("Комментарий: Прошу согласовать", Text(letter), StringComparison.Ordinal);
        Assert.Contains($"http://portal.test/projects/{projectId}/approval", Text(letter), StringComparison.Ordinal);
        Assert.DoesNotContain(portal.Smtp.To(Leader), m => m.Subject == letter.Subject); // not to the one who decided
    }

    [Fact]
    public async Task A_risk_review_due_tomorrow_and_a_late_problem_reach_owner_and_responsible_once_a_day_and_the_curator_after_the_threshold()
    {
        var date = new DateOnly(2021, 8, 10);
        var projectId = await DemoProjectAsync();
        var (riskId, problemId) = await ReadAsync(async db =>
        {
            var risk = new Risk
            {
                ProjectId = projectId, Title = "Срыв поставки станков для лаборатории", OwnerPersonId = await PersonOfAsync(db, "methodist"),
                ReviewDate = date.AddDays(1), Status = RiskStatus.Monitoring, SortOrder = 900,
            };
            var problem = new ProjectProblem
            {
                ProjectId = projectId, Title = "Подрядчик не вышел на объект", ResponsiblePersonId = await PersonOfAsync(db, "leader"),
                Deadline = date.AddDays(-3), SortOrder = 900,
            };
            db.AddRange(risk, problem);
            await db.SaveChangesAsync();
            return (risk.Id, problem.Id);
        });

        var first = await PassAsync(date);
        var again = await PassAsync(date);

        var owners = await portal.Smtp.WaitForAsync(Methodist, m => m.Subject == "1 риск к пересмотру" && Text(m).Contains("на 10.08.2021", StringComparison.Ordinal));
        Assert.Contains($"* Риск: Срыв поставки станков для лаборатории\n  дата пересмотра 11.08.2021 · пересмотр через 1 день\n  http://portal.test/projects/{projectId}/risks#risk-{riskId}", Text(owners), StringComparison.Ordinal);
        Assert.Contains($"Реестр рисков проекта: http://portal.test/projects/{projectId}/risks", Text(owners), StringComparison.Ordinal);
        Assert.Contains("Проект «Инженерный кластер»", Text(owners), StringComparison.Ordinal);
        Assert.DoesNotContain("Подрядчик не вышел", Text(owners), StringComparison.Ordinal);
        Assert.Contains("/mail/unsubscribe?token=", owners.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        var responsible = await portal.Smtp.WaitForAsync(Leader, m => m.Subject == "1 проблема просрочена" && Text(m).Contains("на 10.08.2021", StringComparison.Ordinal));
        Assert.Contains($"* Проблема: Подрядчик не вышел на объект\n  срок 07.08.2021 · просрочена на 3 дня\n  http://portal.test/projects/{projectId}/risks#problem-{problemId}", Text(responsible), StringComparison.Ordinal);
        Assert.Equal((0, first.Written), (again.Written, again.AlreadyWritten));
        Assert.False(await EscalatedAsync(date, "Подрядчик не вышел")); // 3 days late: not the curator's yet

        // 14 days late: still not the curator's; 15 (more than Reminders:EscalateAfterDays): the curator's escalation names it.
        await PassAsync(date.AddDays(11));
        Assert.False(await EscalatedAsync(date.AddDays(11), "Подрядчик не вышел"));
        await PassAsync(date.AddDays(12));
        Assert.True(await EscalatedAsync(date.AddDays(12), "Подрядчик не вышел"));
        var curator = await portal.Smtp.WaitForAsync("curator@demo.projectoffice.local", m => (m.Subject ?? "").StartsWith("Эскалация", StringComparison.Ordinal)
            && Text(m).Contains("на 22.08.2021", StringComparison.Ordinal));
        Assert.Contains("и 1 проблема просрочены более установленного срока", curator.Subject, StringComparison.Ordinal);
        Assert.Contains($"* Проблема: Подрядчик не вышел на объект\n  срок 07.08.2021 · просрочена на 15 дней\n  http://portal.test/projects/{projectId}/risks#problem-{problemId}", Text(curator), StringComparison.Ordinal);
        var later = await portal.Smtp.WaitForAsync(Methodist, m => (m.Subject ?? "").Contains("риск", StringComparison.Ordinal) && Text(m).Contains("на 22.08.2021", StringComparison.Ordinal));
        Assert.Contains("пересмотр просрочен на 11 дней", Text(later), StringComparison.Ordinal);

        // Each of those letters went out exactly once, the second pass of 10.08 added none.
        await WaitAsync(async () => await ReadAsync(db => db.MailLetters.AllAsync(m => m.Kind != NotificationKinds.Risks || m.Status == MailStatus.Sent)));
        Assert.Single(portal.Smtp.To(Methodist), m => m.Subject == "1 риск к пересмотру" && Text(m).Contains("на 10.08.2021", StringComparison.Ordinal));
        Assert.Single(portal.Smtp.To(Leader), m => m.Subject == "1 проблема просрочена" && Text(m).Contains("на 10.08.2021", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Turning_off_risks_and_problems_in_the_settings_stops_that_kind_only()
    {
        var date = new DateOnly(2021, 9, 6);
        var projectId = await DemoProjectAsync();
        const string Office = "office@demo.projectoffice.local";
        await ReadAsync(async db =>
        {
            db.ProjectProblems.Add(new ProjectProblem
            {
                ProjectId = projectId, Title = "Не согласована смета ремонта", ResponsiblePersonId = await PersonOfAsync(db, "office"),
                Deadline = date.AddDays(-1), SortOrder = 901,
            });
            return await db.SaveChangesAsync();
        });
        await PassAsync(date);
        Assert.True(await WrittenAsync(date, Office, NotificationKinds.Risks));

        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var settings = await office.GetPageAsync("/account/notifications");
        Assert.True(settings.QuerySelector("#enabled-risks")!.HasAttribute("checked"));
        Assert.Contains("Риски и проблемы", settings.Body!.TextContent, StringComparison.Ordinal);
        // What the browser sends for the unchecked box: only its hidden «false».
        using var saved = await office.PostFormAsync("/account/notifications", new()
        {
            ["Email"] = Office, ["Kinds[0].Code"] = NotificationKinds.Risks, ["Kinds[0].Enabled"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.False((await office.GetPageAsync("/account/notifications")).QuerySelector("#enabled-risks")!.HasAttribute("checked"));

        var next = await PassAsync(date.AddDays(1));
        Assert.True(next.Written > 0);
        Assert.False(await WrittenAsync(date.AddDays(1), Office, NotificationKinds.Risks));
        Assert.Null(await EnabledAsync("office", NotificationKinds.Passport)); // other kinds untouched
    }

    private static string Text(MimeMessage message) => message.TextBody ?? "";

    private Task<int> DemoProjectAsync() => ReadAsync(db => db.Projects.Where(p => p.Name == "Инженерный кластер").Select(p => p.Id).SingleAsync());

    /// <summary>The person of a demo account (the office's has none in the demo project: made here).</summary>
    private static async Task<int> PersonOfAsync(AppDbContext db, string userName)
    {
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        if (await db.People.Where(p => p.UserId == userId).Select(p => (int?)p.Id).FirstOrDefaultAsync() is { } id)
        {
            return id;
        }

        var person = new Person { FullName = await db.Users.Where(u => u.Id == userId).Select(u => u.FullName).SingleAsync(), UserId = userId };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    private Task<bool> WrittenAsync(DateOnly date, string address, string kind) =>
        ReadAsync(db => db.MailLetters.AnyAsync(m => m.DigestDate == date && m.ToAddress == address && m.Kind == kind));

    private Task<bool> EscalatedAsync(DateOnly date, string text) => ReadAsync(db => db.MailLetters.AnyAsync(m =>
        m.DigestDate == date && m.Kind == NotificationKinds.Escalation && m.ToAddress == "curator@demo.projectoffice.local" && m.TextBody.Contains(text)));

    private async Task<ReminderPassResult> PassAsync(DateOnly date)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderPass>().RunAsync(date, CancellationToken.None);
    }

    private async Task<bool?> EnabledAsync(string userName, string kind) => await ReadAsync(db => db.NotificationSettings
        .Where(s => s.Kind == kind && db.Users.Any(u => u.Id == s.UserId && u.UserName == userName)).Select(s => (bool?)s.Enabled).SingleOrDefaultAsync());

    private async Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("The condition did not come true in 30 s");
            }

            await Task.Delay(50);
        }
    }
}
