using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Forms;

/// <summary>
/// The passports of the two demo projects once approved, as the signed paper of the seeds is: they print the stored
/// signature dates and carry every word and number of the seed (fidelity.py). The demo projects are drafts, so this
/// class approves them in its own database first.
/// <para>
/// What each file is measured against, and why it is not always the issue's whole range:
/// seed 000 lines 91–113 are the «СОГЛАСОВАНО»/«УТВЕРЖДАЮ» blocks that open «План мероприятий» (line 115); the demo
/// data keeps them as the plan's top signatures (docs/project-format.md §8), so the passport is measured on lines 1–90.
/// A spreadsheet has no pages, so the XLSX of seed 001 is measured without the table headers the paper repeats after
/// each page break (lines 78–79, 92–93, 125, 136, 146, 156, 166, 175); the workbook repeats them as print titles.
/// </para>
/// </summary>
public sealed class SignedPassportFormTests(PortalFactory portal) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private const string Municipal = "Инженерный кластер";
    private const string National = "Успех каждого ребенка";
    private const int MunicipalPassportEnd = 90;
    private static readonly int[] RepeatedHeaderLines = [78, 79, 92, 93, 125, 136, 146, 156, 166, 175];

    public async Task InitializeAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Projects.Where(p => p.Name == Municipal || p.Name == National)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ProjectStatus.Approved));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Signed_municipal_passport_pdf_reads_like_seed_000()
    {
        var pdf = await DownloadAsync(Municipal, "pdf", @"^Паспорт проекта Инженерный кластер 2020-01-31\.pdf$");

        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains("«30» января 2020 года", text, StringComparison.Ordinal);
        Assert.Contains("«31» января 2020 года", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bПРОЕКТ\b", text);
        var (score, report) = await Fidelity.ScoreAsync(Fidelity.MunicipalSeed, 1, MunicipalPassportEnd, pdf, "pdf");
        Assert.True(score >= 0.98, report);
    }

    [Fact]
    public async Task Signed_municipal_passport_xlsx_reads_like_seed_000()
    {
        var xlsx = await DownloadAsync(Municipal, "xlsx", @"^Паспорт проекта Инженерный кластер 2020-01-31\.xlsx$");

        var (score, report) = await Fidelity.ScoreAsync(Fidelity.MunicipalSeed, 1, MunicipalPassportEnd, xlsx, "xlsx");
        Assert.True(score >= 0.98, report);
    }

    [Fact]
    public async Task Signed_national_passport_pdf_reads_like_seed_001()
    {
        var pdf = await DownloadAsync(National, "pdf", NationalFilePattern + @"\.pdf$");

        Assert.Contains("2019 г.", PdfText.Collapse(await PdfText.ReadAsync(pdf)), StringComparison.Ordinal);
        var (score, report) = await Fidelity.ScoreAsync(Fidelity.NationalSeed, 1, 178, pdf, "pdf");
        Assert.True(score >= 0.98, report);
    }

    [Fact]
    public async Task Signed_national_passport_xlsx_reads_like_seed_001()
    {
        var xlsx = await DownloadAsync(National, "xlsx", NationalFilePattern + @"\.xlsx$");

        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        Assert.Contains(workbook.Worksheet(1).CellsUsed(), c => c.GetString() == "2019 г.");
        var reference = await SeedWithoutLinesAsync(Fidelity.NationalSeed, 178, RepeatedHeaderLines);
        try
        {
            var (score, report) = await Fidelity.ScoreAsync(reference, 1, 178 - RepeatedHeaderLines.Length, xlsx, "xlsx");
            Assert.True(score >= 0.98, report);
        }
        finally
        {
            File.Delete(reference);
        }
    }

    // The national approval has no complete date («2019 г.»), so its file name carries the day it was printed.
    private const string NationalFilePattern = @"^Паспорт муниципального проекта Успех каждого ребенка \d{4}-\d{2}-\d{2}";

    private async Task<byte[]> DownloadAsync(string project, string format, string fileNamePattern)
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Office);
        var id = await ProjectIdAsync(project);

        using var response = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/passport.{format}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(fileNamePattern, response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return bytes;
    }

    /// <summary>
    /// Lines 1…<paramref name="to"/> of a seed without the given ones, as a file of its own; Fidelity takes its absolute
    /// path in place of a seed name.
    /// </summary>
    private static async Task<string> SeedWithoutLinesAsync(string seed, int to, int[] skipped)
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(SharedSeeds(), seed));
        var path = Path.Combine(Path.GetTempPath(), $"po-seed-{Guid.NewGuid():N}.txt");
        await File.WriteAllLinesAsync(path, lines.Take(to).Where((_, i) => !skipped.Contains(i + 1)));
        return path;
    }

    private static string SharedSeeds()
    {
        if (Environment.GetEnvironmentVariable("PO_SHARED_DIR") is { Length: > 0 } configured)
        {
            return Path.Combine(configured, "seeds");
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "ProjectOffice.sln")))
        {
            dir = dir.Parent ?? throw new InvalidOperationException("ProjectOffice.sln not found above the test binaries.");
        }

        return Path.Combine(dir.FullName, "..", "shared", "seeds");
    }

    private async Task<int> ProjectIdAsync(string name)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Projects.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }
}
