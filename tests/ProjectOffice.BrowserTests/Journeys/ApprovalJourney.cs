using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProjectOffice.BrowserTests.Infrastructure;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.BrowserTests.Journeys;

[Collection(BrowserPortal.Collection)]
public sealed class ApprovalJourney(BrowserPortal portal)
{
    [Fact]
    public async Task Leader_submits_office_agrees_and_curator_approves_in_the_browser()
    {
        // A copy of «Инженерный кластер» (same leader and curator): the other journeys edit the demo project itself.
        int id;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var outcome = await ProjectImport.ImportJsonAsync(db, DemoProjectSeeder.OpenDemoFile("engineering-cluster.json"), CancellationToken.None);
            id = outcome.Project!.Id;
        }

        var leader = await SignInAsync(DemoUsers.Leader);
        await leader.GotoAsync($"/projects/{id}/approval");
        await leader.GetByLabel("Комментарий для проектного офиса (необязательно)").FillAsync("Паспорт заполнен полностью");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Передать на согласование" }).ClickAsync();
        await ExpectStatusAsync(leader, "На согласовании");

        var office = await SignInAsync(DemoUsers.Office);
        await office.GetByRole(AriaRole.Link, new() { Name = "Входящие (1)" }).ClickAsync();
        await office.GetByRole(AriaRole.Link, new() { Name = "Открыть" }).ClickAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "Согласовать" }).ClickAsync();
        await ExpectStatusAsync(office, "На утверждении");

        var curator = await SignInAsync(DemoUsers.Curator);
        await curator.GotoAsync("/inbox");
        await curator.GetByRole(AriaRole.Link, new() { Name = "Открыть" }).ClickAsync();
        await curator.GetByRole(AriaRole.Button, new() { Name = "Утвердить" }).ClickAsync();
        await ExpectStatusAsync(curator, "Утвержден");

        var message = curator.GetByTestId("approval-message");
        Assert.Contains("версия 1", await message.InnerTextAsync(), StringComparison.Ordinal);
        await curator.GetByRole(AriaRole.Link, new() { Name = "Версии" }).ClickAsync();
        var versions = curator.GetByTestId("versions");
        await versions.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains(DemoUsers.Office.FullName, await versions.InnerTextAsync(), StringComparison.Ordinal);

        await leader.ReloadAsync();
        Assert.Contains("Утвержден куратором", await leader.GetByTestId("history").InnerTextAsync(), StringComparison.Ordinal);
        await using var check = portal.Services.CreateAsyncScope();
        Assert.Equal(ProjectStatus.Approved, await check.ServiceProvider.GetRequiredService<AppDbContext>()
            .Projects.Where(p => p.Id == id).Select(p => p.Status).SingleAsync());
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

    private static async Task ExpectStatusAsync(IPage page, string status)
    {
        var badge = page.GetByTestId("passport-status");
        await Assertions.Expect(badge).ToHaveTextAsync(status, new() { Timeout = 15_000 });
    }
}
