using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Forms;

[Trait(TestCategory.Name, TestCategory.Printing)]
public sealed class PrintingWithoutChromiumTests(PortalWithoutChromium portal) : IClassFixture<PortalWithoutChromium>
{
    [Fact]
    public async Task Pdf_without_chromium_answers_503_with_a_russian_explanation()
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);
        var id = await DemoProjectIdAsync();

        using var response = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/budget.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(
            "Формирование PDF недоступно: на сервере не установлен Chromium. Обратитесь к администратору.",
            page.QuerySelector("[data-testid=error-message]")?.TextContent);
    }

    [Fact]
    public async Task Xlsx_and_preview_work_without_chromium()
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);
        var id = await DemoProjectIdAsync();

        using var xlsx = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/budget.xlsx", UriKind.Relative));
        using var preview = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/budget", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
    }

    private async Task<int> DemoProjectIdAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Projects.Where(p => p.Name == "Инженерный кластер").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }
}
