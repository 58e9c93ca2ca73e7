using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests;

/// <summary>
/// Each test gets its own copy of «Инженерный кластер»: the demo file imported again matches the same people, so
/// the demo leader leads the copy and the demo curator is its curator, while tests do not share a project.
/// </summary>
internal static class ApprovalTestData
{
    public static async Task<int> ImportCopyAsync(PortalFactory portal, ProjectStatus status = ProjectStatus.Draft)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outcome = await ProjectImport.ImportJsonAsync(db, DemoProjectSeeder.OpenDemoFile("engineering-cluster.json"), CancellationToken.None);
        var project = outcome.Project ?? throw new InvalidOperationException(string.Join("; ", outcome.Problems.Select(p => p.Message)));
        if (status != ProjectStatus.Draft)
        {
            project.Status = status;
            await db.SaveChangesAsync();
        }

        return project.Id;
    }

    /// <summary>Posts a workflow button as the client's user, with the Version the approval page shows (0 when it shows no form).</summary>
    public static async Task<HttpResponseMessage> DecideAsync(PortalClient client, int projectId, string step, string? comment = null)
    {
        var version = await ShownVersionAsync(client, projectId, step);
        // Antiforgery tokens belong to the user, not the page: the start page has one for everyone signed in.
        return await client.PostFormAsync($"/projects/{projectId}/approval/{step}", new() { ["Version"] = version, ["Comment"] = comment ?? "" }, formPage: "/");
    }

    /// <summary>
    /// The Version the approval page's form for this step carries: the stage's for a stage step, the project's for a
    /// passport step; "0" when the page shows the person no such form.
    /// </summary>
    public static async Task<string> ShownVersionAsync(PortalClient client, int projectId, string step)
    {
        var page = await client.GetPageAsync($"/projects/{projectId}/approval");
        var selector = step.StartsWith("stages/", StringComparison.Ordinal)
            ? $"form[action*='/approval/{step[..(step.LastIndexOf('/') + 1)]}'] input[name='Version']"
            : "form[action*='/approval/']:not([action*='/stages/']) input[name='Version']";
        return (page.QuerySelector(selector) as IHtmlInputElement)?.Value ?? "0";
    }

    /// <summary>The whole path by the right people: leader submits, office agrees, curator approves.</summary>
    public static async Task ApproveAsync(PortalFactory portal, int projectId)
    {
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);
        foreach (var (client, step) in new[] { (leader, "submit"), (office, "agree"), (curator, "approve") })
        {
            using var response = await DecideAsync(client, projectId, step);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"{step} answered {response.StatusCode}");
            }
        }
    }

    public static Task<ProjectStatus> StatusAsync(PortalFactory portal, int projectId) =>
        portal.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId).Select(p => p.Status).SingleAsync());
}
