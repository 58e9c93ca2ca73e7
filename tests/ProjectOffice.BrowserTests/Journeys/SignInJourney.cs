using Microsoft.Playwright;
using ProjectOffice.BrowserTests.Infrastructure;
using ProjectOffice.Data.DemoData;

namespace ProjectOffice.BrowserTests.Journeys;

[Collection(BrowserPortal.Collection)]
public sealed class SignInJourney(BrowserPortal portal)
{
    [Fact]
    public async Task Leader_signs_in_and_sees_the_start_page()
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByLabel("Имя пользователя").FillAsync(DemoUsers.Leader.UserName);
        await page.GetByLabel("Пароль").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();

        var greeting = page.GetByTestId("start-page");
        await greeting.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains(DemoUsers.Leader.FullName, await greeting.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Руководитель проекта", await page.GetByTestId("current-user").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_keeps_the_visitor_on_the_login_page_with_a_message()
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/account/login");
        await page.GetByLabel("Имя пользователя").FillAsync(DemoUsers.Viewer.UserName);
        await page.GetByLabel("Пароль").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();

        var error = page.GetByTestId("login-error");
        await error.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("Неверное имя пользователя или пароль", await error.InnerTextAsync(), StringComparison.Ordinal);
    }
}
