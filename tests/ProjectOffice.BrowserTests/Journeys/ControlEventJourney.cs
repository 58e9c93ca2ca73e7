using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProjectOffice.BrowserTests.Infrastructure;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;

namespace ProjectOffice.BrowserTests.Journeys;

[Collection(BrowserPortal.Collection)]
public sealed class ControlEventJourney(BrowserPortal portal)
{
    private const string EventName = "Проведено совещание руководителей образовательных учреждений";

    [Fact]
    public async Task Methodist_marks_a_control_event_done_and_her_dashboard_turns_it_green()
    {
        // The demo project's own events: the approval journey imports a copy whose events the methodist also answers for.
        string demoEvents;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var project = await db.Projects.Where(p => p.Name == "Инженерный кластер").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var ids = await db.ControlEvents.Where(e => e.ProjectId == project).Select(e => e.Id).ToListAsync();
            demoEvents = string.Join(", ", ids.Select(id => $"[data-testid=dashboard-events] tr[data-event-id='{id}']"));
        }

        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Имя пользователя").FillAsync(DemoUsers.Methodist.UserName);
        await page.GetByLabel("Пароль").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await page.GetByTestId("start-page").WaitForAsync(new() { Timeout = 15_000 });

        var row = page.Locator(demoEvents, new() { HasText = EventName });
        Assert.Equal("Red", await row.Locator("[data-light]").GetAttributeAsync("data-light"));
        await row.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(EventName) }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Отметить выполненным" }).ClickAsync();
        await page.GetByLabel("Комментарий").FillAsync("Совещание проведено, протокол приложен");
        await page.GetByLabel("Подтверждающий файл").SetInputFilesAsync(new FilePayload
        {
            Name = "Протокол.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Отметить выполненным" }).ClickAsync();

        var message = page.GetByTestId("event-message");
        await message.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("отмечено выполненным", await message.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Протокол.pdf", await page.GetByTestId("evidence").Locator("a").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Мои события" }).ClickAsync();
        var done = page.Locator(demoEvents, new() { HasText = EventName });
        await done.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("Green", await done.Locator("[data-light]").GetAttributeAsync("data-light"));
        Assert.Contains("Выполнено", await done.InnerTextAsync(), StringComparison.Ordinal);
    }
}
