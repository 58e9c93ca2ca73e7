using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Forms;

/// <summary>
/// «?version=N» prints an approved version as it was signed: from its frozen snapshot, whatever the project became
/// after, with the blocks of the people who agreed and approved it and the day they did.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Printing)]
[Collection(Portals.Forms)]
public sealed class VersionFormsTests(PortalFactory portal)
{
    private const string ApprovedGoal = "Создание единого образовательного пространства для ранней профориентации";
    private const string EditedGoal = "Цель, изменённая после утверждения";
    private const string ApprovedEvent = "Проведение совещания с участием руководителей образовательных учреждений";
    private const string EditedEvent = "Мероприятие, переименованное после утверждения";

    [Fact]
    public async Task A_version_prints_the_passport_and_plan_as_approved_after_the_project_is_edited()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        var version = await portal.WithDbAsync(db => db.ProjectVersions.AsNoTracking().SingleAsync(v => v.ProjectId == id));
        await EditAfterApprovalAsync(id);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var (pdf, pdfName) = await DownloadAsync(viewer, $"/projects/{id}/forms/passport.pdf?version=1");
        var (xlsx, xlsxName) = await DownloadAsync(viewer, $"/projects/{id}/forms/passport.xlsx?version=1");
        var (plan, _) = await DownloadAsync(viewer, $"/projects/{id}/forms/plan.xlsx?version=1");

        var day = version.ApprovedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"Паспорт проекта Инженерный кластер версия 1 {day}.pdf", pdfName);
        Assert.Equal($"Паспорт проекта Инженерный кластер версия 1 {day}.xlsx", xlsxName);
        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains(ApprovedGoal, text, StringComparison.Ordinal);
        Assert.DoesNotContain(EditedGoal, text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bПРОЕКТ\b", text);
        // The project office agreed and the curator approved: their blocks, in the paper's wording (the full name where
        // seed 000 has one), with the day of the approval.
        Assert.Contains("Романькова Наталья Владимировна", text, StringComparison.Ordinal);
        Assert.Contains("В.В. Шестаков", text, StringComparison.Ordinal);
        Assert.Contains(SignatureText.Date(version.ApprovedOn), text, StringComparison.Ordinal);
        var cells = Cells(xlsx);
        Assert.Contains(cells, c => c.StartsWith(ApprovedGoal, StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.Contains(EditedGoal, StringComparison.Ordinal));
        Assert.Contains(SignatureText.Date(version.ApprovedOn), cells);
        Assert.DoesNotContain("ПРОЕКТ", cells);
        var planCells = Cells(plan);
        Assert.Contains(planCells, c => c.StartsWith(ApprovedEvent, StringComparison.Ordinal));
        Assert.DoesNotContain(EditedEvent, planCells);
    }

    [Fact]
    public async Task The_current_forms_show_the_edit_and_are_drafts_again()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        await EditAfterApprovalAsync(id);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var (pdf, _) = await DownloadAsync(viewer, $"/projects/{id}/forms/passport.pdf");
        var (plan, _) = await DownloadAsync(viewer, $"/projects/{id}/forms/plan.xlsx");

        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains(EditedGoal, text, StringComparison.Ordinal);
        Assert.Matches(@"\bПРОЕКТ\b", text);
        Assert.Contains(EditedEvent, Cells(plan));
    }

    [Fact]
    public async Task Every_form_of_a_version_downloads_with_the_version_in_its_name()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        foreach (var form in new[] { "passport", "plan", "control-events", "budget" })
        {
            foreach (var format in new[] { "pdf", "xlsx" })
            {
                var (_, name) = await DownloadAsync(viewer, $"/projects/{id}/forms/{form}.{format}?version=1");
                Assert.Matches(@" версия 1 \d{4}-\d{2}-\d{2}\." + format + "$", name);
            }

            var preview = await viewer.GetPageAsync($"/projects/{id}/forms/{form}?version=1");
            var links = preview.QuerySelectorAll("[data-testid=print-toolbar] a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains($"/projects/{id}/forms/{form}.pdf?version=1", links);
            Assert.Contains($"/projects/{id}/forms/{form}.xlsx?version=1", links);
        }
    }

    [Theory]
    [InlineData("passport.pdf?version=2")]
    [InlineData("passport.xlsx?version=2")]
    [InlineData("budget?version=2")]
    [InlineData("plan.pdf?version=0")]
    [InlineData("plan.pdf?version=abc")]
    public async Task A_version_that_does_not_exist_is_not_found(string file)
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        using var response = await viewer.Http.GetAsync(new Uri($"/projects/{id}/forms/{file}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("passport?version=1")]
    [InlineData("passport.pdf?version=1")]
    [InlineData("budget.xlsx?version=1")]
    public async Task A_reader_without_access_to_the_project_cannot_print_its_versions(string file)
    {
        var id = await portal.ProjectIdAsync("Успех каждого ребенка");
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);

        using var response = await methodist.Http.GetAsync(new Uri($"/projects/{id}/forms/{file}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_version_history_links_each_version_to_its_printed_forms()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var page = await leader.GetPageAsync($"/projects/{id}/versions");

        var links = page.QuerySelectorAll("[data-testid=version-forms] a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var form in new[] { "passport", "plan", "control-events", "budget" })
        {
            Assert.Contains($"/projects/{id}/forms/{form}?version=1", links);
            Assert.Contains($"/projects/{id}/forms/{form}.pdf?version=1", links);
            Assert.Contains($"/projects/{id}/forms/{form}.xlsx?version=1", links);
        }

        // Annexes 2 and the additional materials belong to the national layout.
        Assert.DoesNotContain(links, l => l!.Contains("annexes", StringComparison.Ordinal));
    }

    // The leader asks for a change (the passport is a draft again), then the goal and the first event are reworded.
    private async Task EditAfterApprovalAsync(int id)
    {
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using (var response = await DecideAsync(leader, id, "change-request", "Уточнить цель"))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        await portal.ChangeAsync(async db =>
        {
            (await db.Projects.SingleAsync(p => p.Id == id)).Goal = EditedGoal;
            var first = await db.PlanItems.Where(i => i.ProjectId == id && i.Kind == PlanItemKind.Event).OrderBy(i => i.Id).FirstAsync();
            Assert.StartsWith(ApprovedEvent, first.Name, StringComparison.Ordinal);
            first.Name = EditedEvent;
        });
    }

    private static async Task<(byte[] File, string? FileName)> DownloadAsync(PortalClient client, string url)
    {
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    private static List<string> Cells(byte[] xlsx)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        return workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ToList();
    }
}
