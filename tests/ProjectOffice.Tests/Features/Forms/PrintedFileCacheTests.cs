using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Forms.Printing;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Forms;

/// <summary>
/// The PDF and XLSX files kept in memory (PrintedFileCache): the same file again is not rendered again, a save — in
/// the portal or straight in the database — prints at once, and a kept file never passes a reader the project refuses.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Printing)]
[Collection(Portals.Forms)]
public sealed class PrintedFileCacheTests(PortalFactory portal)
{
    [Fact]
    public async Task A_pdf_asked_for_again_is_not_rendered_again_and_a_save_prints_at_once()
    {
        var id = await PlanArrange.AddMunicipalAsync(portal, "План в памяти " + Guid.NewGuid().ToString("N")[..6], events: 3);
        var printer = portal.Services.GetRequiredService<ChromiumPrinter>();
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var url = $"/projects/{id}/forms/plan.pdf";
        var first = await DownloadAsync(viewer, url);
        var rendered = printer.RendersStarted;

        var again = await DownloadAsync(office, url);
        var unchanged = printer.RendersStarted;
        await RenameFirstEventAsync(id, "Переименованное мероприятие");
        var edited = await DownloadAsync(viewer, url);

        Assert.Equal(first, again);
        Assert.Equal(rendered, unchanged);
        Assert.True(printer.RendersStarted > unchanged, "the edited plan was served from memory");
        var text = PdfText.Collapse(await PdfText.ReadAsync(edited));
        Assert.Contains("Переименованное мероприятие", text, StringComparison.Ordinal);
        Assert.Contains("Мероприятие номер 2 по плану проекта", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xlsx_shows_a_save_made_straight_in_the_database()
    {
        var id = await PlanArrange.AddMunicipalAsync(portal, "Таблица в памяти " + Guid.NewGuid().ToString("N")[..6], events: 3);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);
        var url = $"/projects/{id}/forms/plan.xlsx";
        Assert.Contains("Мероприятие номер 1 по плану проекта", Cells(await DownloadAsync(viewer, url)));

        await RenameFirstEventAsync(id, "Мероприятие после правки в базе");
        var cells = Cells(await DownloadAsync(viewer, url));

        Assert.Contains("Мероприятие после правки в базе", cells);
        Assert.DoesNotContain("Мероприятие номер 1 по плану проекта", cells);
    }

    [Theory]
    [InlineData("plan.pdf")]
    [InlineData("plan.xlsx")]
    public async Task A_kept_file_is_refused_to_a_reader_without_access(string file)
    {
        var id = await portal.ProjectIdAsync("Успех каждого ребенка");
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);
        await DownloadAsync(viewer, $"/projects/{id}/forms/{file}");

        using var refused = await methodist.Http.GetAsync(new Uri($"/projects/{id}/forms/{file}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private async Task RenameFirstEventAsync(int projectId, string name)
    {
        // A plain SQL write, as an import or another instance would make it: only the stamp trigger tells the cache.
        var changed = await portal.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "PlanItems" SET "Name" = {name} WHERE "ProjectId" = {projectId} AND "Name" = 'Мероприятие номер 1 по плану проекта'"""));
        Assert.Equal(1, changed);
    }

    private static async Task<byte[]> DownloadAsync(PortalClient client, string url)
    {
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static List<string> Cells(byte[] xlsx)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        return [.. workbook.Worksheet(1).CellsUsed().Select(c => c.GetString())];
    }
}
