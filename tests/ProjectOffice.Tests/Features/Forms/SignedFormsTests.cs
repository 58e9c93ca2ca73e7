using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ProjectOffice.Tests.Features.Forms;

/// <summary>
/// The forms of the two demo projects once approved, as the signed paper of the seeds is: they print the stored
/// signature dates and carry every word and number of the seed (fidelity.py), each form measured on exactly the seed
/// lines the issue gives it, in PDF and in XLSX. The demo projects are drafts, so this class imports copies of them
/// and marks those approved (keeping the paper's blocks, which the approval workflow would fill with today's signers).
/// </summary>
[Trait(TestCategory.Name, TestCategory.Printing)]
[Collection(Portals.Forms)]
public sealed class SignedFormsTests(PortalFactory portal, ITestOutputHelper output)
{
    private const string Municipal = "Инженерный кластер";
    private const string National = "Успех каждого ребенка";

    // Approved copies of the two demo projects, imported once per portal: the other classes of the shared portal
    // print the demo projects themselves as drafts.
    private static async Task<Dictionary<string, int>> ImportApprovedCopiesAsync(PortalFactory portal)
    {
        var ids = new Dictionary<string, int>();
        foreach (var (name, file) in new[] { (Municipal, DemoProjectSeeder.Files[0]), (National, DemoProjectSeeder.Files[1]) })
        {
            await using var scope = portal.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var outcome = await ProjectImport.ImportJsonAsync(db, DemoProjectSeeder.OpenDemoFile(file), CancellationToken.None);
            var id = outcome.Project?.Id ?? throw new InvalidOperationException(string.Join("; ", outcome.Problems.Select(p => p.Message)));
            await db.Projects.Where(p => p.Id == id).ExecuteUpdateAsync(u => u.SetProperty(p => p.Status, ProjectStatus.Approved));
            ids[name] = id;
        }

        return ids;
    }

    [Theory]
    [InlineData(Municipal, "passport", Fidelity.MunicipalSeed, 1, 114, "pdf")]
    [InlineData(Municipal, "passport", Fidelity.MunicipalSeed, 1, 114, "xlsx")]
    [InlineData(Municipal, "plan", Fidelity.MunicipalSeed, 115, 181, "pdf")]
    [InlineData(Municipal, "plan", Fidelity.MunicipalSeed, 115, 181, "xlsx")]
    [InlineData(Municipal, "control-events", Fidelity.MunicipalSeed, 182, 243, "pdf")]
    [InlineData(Municipal, "control-events", Fidelity.MunicipalSeed, 182, 243, "xlsx")]
    [InlineData(Municipal, "budget", Fidelity.MunicipalSeed, 244, 270, "pdf")]
    [InlineData(Municipal, "budget", Fidelity.MunicipalSeed, 244, 270, "xlsx")]
    [InlineData(National, "passport", Fidelity.NationalSeed, 1, 178, "pdf")]
    [InlineData(National, "passport", Fidelity.NationalSeed, 1, 178, "xlsx")]
    [InlineData(National, "plan", Fidelity.NationalSeed, 179, 309, "pdf")]
    [InlineData(National, "plan", Fidelity.NationalSeed, 179, 309, "xlsx")]
    [InlineData(National, "annexes", Fidelity.NationalSeed, 310, 374, "pdf")]
    [InlineData(National, "annexes", Fidelity.NationalSeed, 310, 374, "xlsx")]
    [InlineData(National, "indicators", Fidelity.NationalSeed, 28, 36, "pdf")]
    [InlineData(National, "indicators", Fidelity.NationalSeed, 28, 36, "xlsx")]
    public async Task Signed_form_reads_like_its_lines_of_the_seed(string project, string form, string seed, int from, int to, string format)
    {
        var (file, _) = await DownloadAsync(project, $"{form}.{format}");

        var (score, report) = await Fidelity.ScoreAsync(seed, from, to, file, format);

        output.WriteLine($"{project} {form}.{format}: {score:0.000}");
        Assert.True(score >= 0.98, report);
    }

    // Seed 000 has no indicator table of its own: its indicators are the plan's results, columns «№ п/п»,
    // «Наименование мероприятия проекта» and «Результат реализации мероприятия» (name and unit, planned value) of
    // lines 118–156; the dates and executors of those lines belong to the plan form.
    [Theory]
    [InlineData("pdf")]
    [InlineData("xlsx")]
    public async Task Municipal_indicators_form_carries_the_plan_results_of_the_seed(string format)
    {
        var (file, _) = await DownloadAsync(Municipal, $"indicators.{format}");

        var (score, report) = await Fidelity.ScoreColumnsAsync(Fidelity.MunicipalSeed, 118, 156, [1, 2, 5, 6], file, format);

        output.WriteLine($"{Municipal} indicators.{format}: {score:0.000}");
        Assert.True(score >= 0.98, report);
    }

    [Fact]
    public async Task Signed_municipal_passport_prints_its_dates_and_ends_with_its_own_blocks()
    {
        var (pdf, fileName) = await DownloadAsync(Municipal, "passport.pdf");

        Assert.Equal("Паспорт проекта Инженерный кластер 2020-01-31.pdf", fileName);
        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains("«30» января 2020 года", text, StringComparison.Ordinal);
        Assert.Contains("«31» января 2020 года", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bПРОЕКТ\b", text);
        // Seed 000 lines 82–113: the leader's signature, then the project office's and the curator's blocks.
        var leader = text.IndexOf("(подпись, Ф.И.О.)", StringComparison.Ordinal);
        Assert.True(leader > 0, "The leader's signature is missing.");
        var closing = text[leader..];
        Assert.Contains("СОГЛАСОВАНО Руководитель Проектного офиса БОУ ДО г. Омска «ЦТРИГО «Перспектива»", closing, StringComparison.Ordinal);
        Assert.Contains("Романькова Наталья Владимировна", closing, StringComparison.Ordinal);
        Assert.Contains("УТВЕРЖДАЮ Директор БОУ ДО г. Омска «ЦТРИГО «Перспектива»", closing, StringComparison.Ordinal);
        Assert.Contains("« 30 » 2020 года", closing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_national_passport_xlsx_carries_the_approval_as_printed()
    {
        var (xlsx, fileName) = await DownloadAsync(National, "passport.xlsx");

        // The national approval has no complete date («2019 г.»), so its file name carries the day it was printed.
        Assert.Matches(@"^Паспорт муниципального проекта Успех каждого ребенка \d{4}-\d{2}-\d{2}\.xlsx$", fileName);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        Assert.Contains(workbook.Worksheet(1).CellsUsed(), c => c.GetString() == "2019 г.");
        Assert.DoesNotContain(workbook.Worksheet(1).CellsUsed(), c => c.GetString() == "ПРОЕКТ");
    }

    private async Task<(byte[] File, string? FileName)> DownloadAsync(string project, string file)
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Office);
        var id = (await portal.ArrangeOnceAsync(nameof(SignedFormsTests), () => ImportApprovedCopiesAsync(portal)))[project];

        using var response = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/{file}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentDisposition?.FileNameStar);
    }
}
