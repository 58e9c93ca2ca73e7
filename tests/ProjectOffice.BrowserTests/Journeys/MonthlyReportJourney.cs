using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProjectOffice.BrowserTests.Infrastructure;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Reports;

namespace ProjectOffice.BrowserTests.Journeys;

[Collection(BrowserPortal.Collection)]
public sealed class MonthlyReportJourney(BrowserPortal portal)
{
    [Fact]
    public async Task Leader_files_a_monthly_report_explaining_a_late_event_and_the_curator_sees_it_submitted()
    {
        // A copy of «Инженерный кластер» (same leader and curator): in March 2021 its events planned in 2020 are late.
        int id;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var outcome = await ProjectImport.ImportJsonAsync(db, DemoProjectSeeder.OpenDemoFile("engineering-cluster.json"), CancellationToken.None);
            id = outcome.Project!.Id;
        }

        var leader = await SignInAsync(DemoUsers.Leader);
        await leader.GotoAsync($"/projects/{id}/reports");
        await leader.GetByLabel("Период отчета").FillAsync("2021-03");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Открыть" }).ClickAsync();
        await Assertions.Expect(leader.GetByTestId("report-status")).ToHaveTextAsync("Черновик", new() { Timeout = 15_000 });

        // Submitting with one late event unexplained is refused next to its box, what was typed kept.
        var lateId = await leader.GetByTestId("report-events").Locator("tr.late[data-event]").First.GetAttributeAsync("data-event");
        var boxes = leader.GetByTestId("report-form").Locator("fieldset[data-event]");
        var count = await boxes.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var unexplained = await boxes.Nth(i).GetAttributeAsync("data-event") == lateId;
            await boxes.Nth(i).GetByLabel("Причина отклонения").FillAsync(unexplained ? "" : $"Причина {i + 1}");
            await boxes.Nth(i).GetByLabel("Корректирующие меры").FillAsync(unexplained ? "Новый подрядчик" : $"Меры {i + 1}");
        }

        await leader.GetByTestId("report-submit").ClickAsync();
        var first = leader.GetByTestId("report-form").Locator($"fieldset[data-event='{lateId}']");
        await Assertions.Expect(first).ToContainTextAsync("Укажите причину отклонения от срока.", new() { Timeout = 15_000 });
        await Assertions.Expect(first.GetByLabel("Корректирующие меры")).ToHaveValueAsync("Новый подрядчик");
        Assert.Equal(count, await boxes.CountAsync());

        await first.GetByLabel("Причина отклонения").FillAsync("Подрядчик сорвал поставку оборудования");
        await leader.GetByTestId("report-submit").ClickAsync();
        await Assertions.Expect(leader.GetByTestId("report-status")).ToHaveTextAsync("Представлен", new() { Timeout = 15_000 });
        await Assertions.Expect(leader.GetByTestId("report-events")).ToContainTextAsync("Подрядчик сорвал поставку оборудования");

        // The curator finds it filed in the portfolio and opens it.
        var curator = await SignInAsync(DemoUsers.Curator);
        await curator.GotoAsync("/portfolio?period=2021-03");
        var row = curator.Locator($"[data-testid=portfolio] tr[data-project='{id}']");
        await Assertions.Expect(row).ToContainTextAsync("Представлен", new() { Timeout = 15_000 });
        await row.GetByRole(AriaRole.Link, new() { Name = "Представлен" }).ClickAsync();
        await Assertions.Expect(curator.GetByTestId("report-status")).ToHaveTextAsync("Представлен", new() { Timeout = 15_000 });
        await Assertions.Expect(curator.GetByTestId("step-agree")).ToBeVisibleAsync();

        await using var check = portal.Services.CreateAsyncScope();
        Assert.Equal(ReportStatus.Submitted, await check.ServiceProvider.GetRequiredService<AppDbContext>()
            .ProjectReports.Where(r => r.ProjectId == id && r.Period == "2021-03").Select(r => r.Status).SingleAsync());
    }

    private async Task<IPage> SignInAsync(DemoUser user)
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Имя пользователя").FillAsync(user.UserName);
        await page.GetByLabel("Пароль").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await page.GetByTestId("start-page").WaitForAsync(new() { Timeout = 15_000 });
        return page;
    }
}
