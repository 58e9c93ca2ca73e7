using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Practices;

public sealed class PracticeFormTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_print_preview_of_the_demo_practice_carries_the_seed_text()
    {
        var id = await PracticeTestData.DemoPracticeIdAsync(portal);
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        using var response = await client.Http.GetAsync(new Uri($"/practices/{id}/forms/passport", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var text = Path.Combine(Path.GetTempPath(), $"practice-{Guid.NewGuid():N}.txt");
        // Text nodes joined with spaces, as a browser lays cells out: TextContent would glue neighbouring cells together.
        await File.WriteAllTextAsync(text, string.Join(" ", page.Body!.Descendants<IText>().Select(t => t.Data)));
        try
        {
            var (score, output) = await FidelityAsync(text);
            Assert.True(score >= 0.98, output);
        }
        finally
        {
            File.Delete(text);
        }
    }

    [Fact]
    public async Task The_cost_total_is_computed_from_the_items()
    {
        var id = await PracticeTestData.DemoPracticeIdAsync(portal);
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await client.GetPageAsync($"/practices/{id}/forms/passport");

        Assert.Contains("81\u00a0323,914", page.QuerySelector("[data-testid='cost-total']")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Runs ../shared/tools/fidelity.py, the yardstick of the issue, on the form's text.</summary>
    internal static async Task<(double Score, string Output)> FidelityAsync(string file)
    {
        var start = new ProcessStartInfo("python3", ["/work/shared/tools/fidelity.py", PracticeTestData.SeedPath, file, "--min", "0.98"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = output.Split('\n').Single(l => l.StartsWith("fidelity ", StringComparison.Ordinal));
        return (double.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), output);
    }
}
