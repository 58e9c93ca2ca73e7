using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Layout;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Forms;

/// <summary>
/// Every form of a project that is not approved yet is a draft: marked «ПРОЕКТ», its signature blocks printed with the
/// blank date line to fill in by hand, whatever dates the stored blocks hold (the demo projects are drafts with the
/// seeds' signed blocks).
/// </summary>
[Trait(TestCategory.Name, TestCategory.Printing)]
[Collection(Portals.Forms)]
public sealed class DraftFormsTests(PortalFactory portal)
{
    [Theory]
    [InlineData("Инженерный кластер", "passport", FormKind.Passport)]
    [InlineData("Инженерный кластер", "plan", FormKind.Plan)]
    [InlineData("Инженерный кластер", "control-events", FormKind.ControlEvents)]
    [InlineData("Инженерный кластер", "budget", FormKind.Budget)]
    [InlineData("Успех каждого ребенка", "passport", FormKind.Passport)]
    [InlineData("Успех каждого ребенка", "plan", FormKind.Plan)]
    [InlineData("Успех каждого ребенка", "annexes", FormKind.IndicatorsByOrganisation)]
    public async Task A_draft_form_is_marked_and_prints_its_signature_blocks_without_dates(string project, string form, FormKind kind)
    {
        var id = await portal.ProjectIdAsync(project);
        var blocks = await portal.WithDbAsync(db => db.FormSignatures.AsNoTracking()
            .Where(s => s.ProjectId == id && s.Form == kind && s.Kind != SignatureKind.LeaderSignature)
            .Select(s => new { s.DateText, Complete = s.Date != null }).ToListAsync());
        using var client = await portal.SignInAsAsync(DemoUsers.Office);

        var pdf = await client.Http.GetByteArrayAsync(new Uri($"/projects/{id}/forms/{form}.pdf", UriKind.Relative));
        var xlsx = await client.Http.GetByteArrayAsync(new Uri($"/projects/{id}/forms/{form}.xlsx", UriKind.Relative));

        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Matches(@"\bПРОЕКТ\b", text);
        Assert.Equal(blocks.Count, Occurrences(text, SignatureData.BlankDate));
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ToList();
        Assert.Contains("ПРОЕКТ", cells);
        Assert.Equal(blocks.Count, cells.Count(c => c == SignatureData.BlankDate));
        // The stored complete dates («« 30 » января 2020», «"30" января 2022» …) wait for the approval.
        foreach (var date in blocks.Where(b => b.Complete).Select(b => b.DateText!))
        {
            Assert.DoesNotContain(PdfText.Collapse(date), text, StringComparison.Ordinal);
            Assert.DoesNotContain(date, cells);
        }
    }

    [Fact]
    public async Task A_draft_budget_leaves_the_date_of_its_block_blank()
    {
        var id = await portal.ProjectIdAsync("Инженерный кластер");
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        using var response = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/budget.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = PdfText.Collapse(await PdfText.ReadAsync(await response.Content.ReadAsByteArrayAsync()));
        Assert.Contains("Романькова Наталья Владимировна", text, StringComparison.Ordinal);
        Assert.Contains(SignatureData.BlankDate, text, StringComparison.Ordinal);
        Assert.DoesNotContain("января 2020", text, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
