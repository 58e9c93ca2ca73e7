using System.Net;
using ClosedXML.Excel;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Forms;

/// <summary>The printable Gantt chart (form «gantt»): the same drawing as the plan's Gantt page, through the forms' print engine.</summary>
[Trait(TestCategory.Name, TestCategory.Printing)]
[Collection(Portals.Forms)]
public sealed class GanttFormTests(PortalFactory portal)
{
    [Fact]
    public async Task Gantt_of_the_demo_project_prints_its_plan_rows_months_and_legend()
    {
        var id = await portal.ProjectIdAsync("Инженерный кластер");
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        using var pdf = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/gantt.pdf", UriKind.Relative));
        using var xlsx = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/gantt.xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Matches(@"^Диаграмма Ганта Инженерный кластер \d{4}-\d{2}-\d{2}\.pdf$", pdf.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var text = PdfText.Collapse(await PdfText.ReadAsync(bytes));
        Assert.Contains("ДИАГРАММА ГАНТА", text, StringComparison.Ordinal);
        Assert.Contains("12. Проведение мониторинга и анализа реализации программы проекта", text, StringComparison.Ordinal);
        Assert.Contains("сен", text, StringComparison.Ordinal);
        Assert.Contains("просрочено", text, StringComparison.Ordinal);
        Assert.Contains("2020", text, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        Assert.Contains(workbook.Worksheet(1).CellsUsed(), c => c.GetString().StartsWith("Проведение мониторинга и анализа", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Methodist_of_another_organisation_cannot_print_the_gantt()
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Methodist);
        var id = await portal.ProjectIdAsync("Успех каждого ребенка");

        using var response = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/gantt.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
