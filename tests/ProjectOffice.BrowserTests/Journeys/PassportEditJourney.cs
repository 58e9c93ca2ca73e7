using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProjectOffice.BrowserTests.Infrastructure;
using ProjectOffice.Data.DemoData;

namespace ProjectOffice.BrowserTests.Journeys;

[Collection(BrowserPortal.Collection)]
public sealed class PassportEditJourney(BrowserPortal portal)
{
    [Fact]
    public async Task Leader_edits_a_stage_date_and_a_budget_amount_and_sees_them_after_a_reload()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Имя пользователя").FillAsync(DemoUsers.Leader.UserName);
        await page.GetByLabel("Пароль").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await page.GetByTestId("start-page").WaitForAsync(new() { Timeout = 15_000 });

        await page.GotoAsync("/projects");
        await page.GetByRole(AriaRole.Link, new() { Name = "Инженерный кластер", Exact = true }).ClickAsync();
        await page.GetByTestId("edit-project").ClickAsync();
        // A textarea with line breaks: Chromium posts them as CRLF, and they must save and come back as typed.
        await page.GetByTestId("passport-tabs").GetByRole(AriaRole.Link, new() { Name = "Общие сведения" }).ClickAsync();
        var block = page.Locator("#Form_FunctionalBlock");
        await block.FillAsync("Строка первая\nСтрока вторая");
        await page.GetByTestId("save").ClickAsync();
        await page.GetByTestId("saved-message").WaitForAsync(new() { Timeout = 15_000 });
        await page.ReloadAsync();
        Assert.Equal("Строка первая\nСтрока вторая", await block.InputValueAsync());

        await page.GetByTestId("passport-tabs").GetByRole(AriaRole.Link, new() { Name = "Этапы" }).ClickAsync();
        await page.GetByLabel("Начало этапа 1").FillAsync("03.02.2020");
        await page.GetByTestId("save").ClickAsync();
        await page.GetByTestId("saved-message").WaitForAsync(new() { Timeout = 15_000 });
        await page.ReloadAsync();
        Assert.Equal("03.02.2020", await page.GetByLabel("Начало этапа 1").InputValueAsync());

        await page.GetByTestId("passport-tabs").GetByRole(AriaRole.Link, new() { Name = "Бюджет" }).ClickAsync();
        var federal = page.GetByTestId("budget-stage").First.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex("Федеральный бюджет$") });
        await federal.FillAsync("1,250");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить", Exact = true }).ClickAsync();
        await page.GetByTestId("saved-message").WaitForAsync(new() { Timeout = 15_000 });
        await page.ReloadAsync();
        Assert.Equal("1,250", await federal.InputValueAsync());

        await page.GetByTestId("tab-card").ClickAsync();
        var stages = page.GetByTestId("stages");
        await stages.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("03.02.2020", await stages.Locator("tbody tr").Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("1,250", await page.GetByTestId("budget").InnerTextAsync(), StringComparison.Ordinal);
    }
}
