using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;
using ProjectOffice.Web.Infrastructure;
using Xunit.Abstractions;

namespace ProjectOffice.Tests.Features.Performance;

/// <summary>
/// The heavy pages stay a fixed number of queries whatever the size of the data (a regression to one query per row or
/// per project fails here, the time it costs is scripts/bench.sh's business), and the expensive routes shed a burst
/// at once instead of queueing it.
/// </summary>
[Collection(Portals.Projects)]
public sealed class HeavyPagesTests(PortalFactory portal, ITestOutputHelper output)
{
    /// <summary>
    /// Each page's budget as measured on the demo data: its own reads plus the menu's two (memberships, and the inbox
    /// count of all five kinds in one query — it was one query per kind, two more for the leader).
    /// The monitoring's eight are its three branches, the late problems of the risk register, the curator and
    /// organisation lists and the menu's two; the project list and the card read the risk register's summary in two
    /// queries (risks, open problems) for the whole page, never per row. The project pages (card, plan, Gantt, control
    /// events) are measured uncached (a URL of their own) and read one more: the project's stamp (ProjectPageCache). The
    /// dashboard reads the ids of the user's events first, then its three branches by those ids. The card reads its
    /// indicators' actuals for the plan-and-fact charts in one more, and the annexes' footnotes (it renders the printed
    /// annexes' model) in one more, and the budget's totals as the paper typed them in one more. The portfolio counts in the database and reads only its page's projects (a
    /// set-based query per figure; sorted by late events, two more: their grouped count and the ids it ranks); the
    /// monthly report reads the register's open risks, open problems and their people.
    /// A page about one project also reads the project with the caller's team roles once ([ProjectAccess]); for the
    /// office on the card that is one more. The pages across projects (list, dashboards, portfolio) read one more too:
    /// the region's stamp their page-cache key is made of.
    /// </summary>
    [Theory]
    [InlineData("office", "/projects", 9)]
    [InlineData("office", "/projects/{national}", 24)]
    [InlineData("leader", "/projects/{municipal}/plan", 9)]
    [InlineData("leader", "/projects/{municipal}/gantt", 10)]
    [InlineData("leader", "/projects/{municipal}/control-events", 9)]
    [InlineData("leader", "/dashboard", 8)]
    [InlineData("office", "/monitoring", 9)]
    [InlineData("office", "/inbox", 4)]
    [InlineData("office", "/portfolio?period=2021-06", 14)]
    [InlineData("office", "/portfolio?period=2021-06&sort=late", 16)]
    [InlineData("leader", "/projects/{municipal}/reports/2021-06", 17)]
    [InlineData("office", "/api/projects", 2)]
    public async Task A_heavy_page_is_read_within_its_query_budget(string user, string url, int budget)
    {
        var path = url.Replace("{national}", (await portal.ProjectIdAsync(DemoPlans.National)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{municipal}", (await portal.ProjectIdAsync(DemoPlans.Municipal)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var client = await portal.SignInAsAsync(user == "office" ? DemoUsers.Office : DemoUsers.Leader);
        (await client.Http.GetAsync(new Uri(path, UriKind.Relative))).Dispose();
        using var counter = new QueryCounter(portal.ConnectionString);

        // A query string no request had before: the page is rendered, not served from the page cache.
        using var response = await client.Http.GetAsync(new Uri($"{path}?measured={Guid.NewGuid():N}", UriKind.Relative));
        var queries = counter.Count;

        output.WriteLine($"{url}: {queries} queries");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(queries <= budget, $"{queries} queries > {budget}:\n{counter.Log}");
    }

    /// <summary>A repeated view of an unchanged project page reads its stamp and the menu's counts, not the page's data.</summary>
    [Theory]
    [InlineData("/projects/{municipal}/plan")]
    [InlineData("/projects/{municipal}/gantt")]
    public async Task A_cached_project_page_reads_only_its_stamp_and_the_menu(string url)
    {
        var path = url.Replace("{municipal}", (await portal.ProjectIdAsync(DemoPlans.Municipal)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var client = await portal.SignInAsAsync(DemoUsers.Leader);
        (await client.Http.GetAsync(new Uri(path, UriKind.Relative))).Dispose();
        // A URL of its own: the other tests of this host may have cached the page already.
        var unique = $"{path}?n={Guid.NewGuid():N}";
        var rendered = await CountQueriesAsync(client, unique);

        var cached = await CountQueriesAsync(client, unique);

        output.WriteLine($"{url}: {rendered} queries rendered, {cached} cached");
        // The page's own reads (project, stages, rows, names, access) are four or more; the stamp replaces them.
        Assert.True(cached <= rendered - 3, $"{cached} queries cached, {rendered} rendered");
    }

    private async Task<int> CountQueriesAsync(PortalClient client, string path)
    {
        using var counter = new QueryCounter(portal.ConnectionString);
        using var response = await client.Http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return counter.Count;
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Printing)]
    public async Task A_full_print_queue_answers_503_with_retry_after_at_once_and_prints_again_when_it_frees()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.Municipal);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);
        var printing = portal.Services.GetRequiredService<ExpensiveRouteLimiter>().Printing;
        using var stopQueue = new CancellationTokenSource();
        var held = new List<RateLimitLease>();
        var queued = new List<Task<RateLimitLease>>();
        try
        {
            // Every render slot taken and every queue place filled, as by a burst of PDF requests.
            for (var lease = printing.AttemptAcquire(); lease.IsAcquired; lease = printing.AttemptAcquire())
            {
                held.Add(lease);
            }

            for (var waiting = printing.AcquireAsync(1, stopQueue.Token); !waiting.IsCompleted; waiting = printing.AcquireAsync(1, stopQueue.Token))
            {
                queued.Add(waiting.AsTask());
            }

            using var refused = await viewer.Http.GetAsync(new Uri($"/projects/{id}/forms/plan.pdf", UriKind.Relative));
            using var preview = await viewer.Http.GetAsync(new Uri($"/projects/{id}/forms/plan", UriKind.Relative));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(PortalLoadShedding.RetryAfterSeconds), refused.Headers.RetryAfter?.Delta);
            Assert.Contains("Сервис временно недоступен", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        }
        finally
        {
            await stopQueue.CancelAsync();
            held.ForEach(lease => lease.Dispose());
            foreach (var task in queued)
            {
                try
                {
                    (await task).Dispose();
                }
                catch (OperationCanceledException)
                {
                }
            }
        }

        using var printed = await viewer.Http.GetAsync(new Uri($"/projects/{id}/forms/plan.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Equal("application/pdf", printed.Content.Headers.ContentType?.MediaType);
    }
}
