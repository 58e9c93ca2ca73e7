using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Forms.Printing;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Forms;

/// <summary>A portal whose Chromium is started through a script that writes down its process id (exec keeps the pid).</summary>
public sealed class PortalWithTraceableChromium : PortalFactory
{
    private readonly string directory = Directory.CreateTempSubdirectory("po-chromium-").FullName;

    public string PidFile => Path.Combine(directory, "chromium.pid");

    /// <summary>Its own Chromium, to be killed without touching the run's shared one.</summary>
    protected override bool SharesPrinter => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var script = Path.Combine(directory, "chromium");
        File.WriteAllText(script, $"#!/bin/sh\necho $$ > '{PidFile}'\nexec /usr/bin/chromium \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        builder.UseSetting("Forms:ChromiumPath", script);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

[Trait(TestCategory.Name, TestCategory.Printing)]
public sealed class ChromiumKilledTests(PortalWithTraceableChromium portal) : IClassFixture<PortalWithTraceableChromium>
{
    [Fact]
    public async Task Chromium_killed_during_a_render_gives_the_printing_unavailable_page_and_the_next_pdf_prints()
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);
        var id = await portal.ProjectIdAsync(DemoPlans.National);
        var url = new Uri($"/projects/{id}/forms/plan.pdf", UriKind.Relative);
        using (var warmUp = await client.Http.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        }

        var printer = portal.Services.GetRequiredService<ChromiumPrinter>();
        var pid = int.Parse(File.ReadAllText(portal.PidFile).Trim(), CultureInfo.InvariantCulture);
        var rendering = client.Http.GetAsync(url);
        var deadline = Stopwatch.StartNew();
        while (printer.Browser?.Contexts.Count is not > 0 && !rendering.IsCompleted && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(1);
        }

        using (var chromium = Process.GetProcessById(pid))
        {
            chromium.Kill(entireProcessTree: true);
        }

        using var killed = await rendering;
        using var next = await client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, killed.StatusCode);
        var page = await PortalClient.ParseAsync(killed);
        Assert.StartsWith("Формирование PDF прервалось", page.QuerySelector("[data-testid=error-message]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("application/pdf", next.Content.Headers.ContentType?.MediaType);
    }
}
