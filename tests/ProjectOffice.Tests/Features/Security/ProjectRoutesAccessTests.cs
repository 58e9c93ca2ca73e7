using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Features.Approval;
using ProjectOffice.Tests.Infrastructure;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Tests.Features.Security;

/// <summary>
/// Every route about one project (<c>projects/{id}/…</c>, a control event, an evidence file, the project API), read
/// from the running portal's endpoint table: it carries <see cref="ProjectAccessAttribute"/>, answers 404 for a project
/// (event, file) that does not exist before it asks who is calling, and 403 to a signed-in stranger. A new route
/// without the filter fails here; <see cref="AuthorizationMatrixTests"/> checks the permissions of the POST routes.
/// </summary>
[Collection(Portals.Approval)]
public sealed partial class ProjectRoutesAccessTests(PortalFactory portal)
{
    private const int Missing = 987_654_321;

    private static readonly DemoUser Stranger = new("routes-stranger", "Посторонний Руководитель Проекта", Roles.Leader);

    [Fact]
    public void Every_route_about_one_project_carries_the_project_access_filter()
    {
        var routes = ProjectRoutes(portal);
        var bare = routes.Where(r => !r.Guarded).Select(r => r.Route).ToList();
        Assert.True(routes.Count(r => r.Method == HttpMethods.Get) >= 30, $"only {routes.Count} project routes found");
        Assert.True(bare.Count == 0, $"Routes about a project without [ProjectAccess(…)]: {string.Join(", ", bare)}");
    }

    [Fact]
    public async Task A_missing_project_answers_404_and_an_existing_one_403_to_a_stranger_on_every_get_route()
    {
        var target = await ArrangeAsync();
        using var stranger = await portal.SignInAsAsync(Stranger);
        var failures = new List<string>();
        foreach (var route in ProjectRoutes(portal).Where(r => r.Method == HttpMethods.Get).Select(r => r.Route))
        {
            using (var missing = await stranger.Http.GetAsync(new Uri(Url(route, target, missing: true), UriKind.Relative)))
            {
                if (missing.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{route} for a missing project: {(int)missing.StatusCode}, expected 404");
                }
            }

            using var existing = await stranger.Http.GetAsync(new Uri(Url(route, target, missing: false), UriKind.Relative));
            if (existing.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{route} for a stranger: {(int)existing.StatusCode} {existing.Headers.Location}, expected 403");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Routes whose first id names a project, a control event or an evidence file, with their methods.</summary>
    private static List<(string Method, string Route, bool Guarded)> ProjectRoutes(PortalFactory portal)
    {
        var routes = new List<(string, string, bool)>();
        foreach (var endpoint in portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = endpoint.RoutePattern.RawText?.TrimStart('/') ?? "";
            if (!ProjectRoute().IsMatch(route))
            {
                continue;
            }

            var guarded = endpoint.Metadata.OfType<ProjectAccessAttribute>().Any();
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                routes.Add((method, route, guarded));
            }
        }

        return routes;
    }

    [GeneratedRegex(@"^(api/)?(projects/\{id:int\}|control-events/\{eventId:int\}|evidence/\{fileId:int\})")]
    private static partial Regex ProjectRoute();

    private sealed record Target(int ProjectId, int StageId, int PlanItemId, int EventId, int FileId, int IndicatorId);

    private static string Url(string route, Target target, bool missing)
    {
        string Id(int value) => value.ToString(CultureInfo.InvariantCulture);
        return "/" + RouteParameter().Replace(route, match => match.Groups["name"].Value switch
        {
            "id" => Id(missing ? Missing : target.ProjectId),
            "eventId" => Id(missing ? Missing : target.EventId),
            "fileId" => Id(missing ? Missing : target.FileId),
            "itemId" => Id(target.PlanItemId),
            "stageId" => Id(target.StageId),
            "indicatorId" => Id(target.IndicatorId),
            "riskId" or "problemId" or "number" => "1",
            "period" => "2021-03",
            "file" when route.Contains("/reports/", StringComparison.Ordinal) => "report",
            "file" => "passport",
            var other => throw new InvalidOperationException($"The test does not know what to put for {{{other}}} in {route}."),
        });
    }

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();

    /// <summary>A fresh copy of «Инженерный кластер» with an indicator and an evidence file, and a leader of no project.</summary>
    private Task<Target> ArrangeAsync() => portal.ArrangeOnceAsync(nameof(ProjectRoutesAccessTests), async () =>
    {
        var projectId = await ApprovalTestData.ImportCopyAsync(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(Stranger.UserName) is null)
        {
            await ActivatorUtilities.CreateInstance<AccountSeeder>(scope.ServiceProvider)
                .CreateUserAsync(Stranger.UserName, Stranger.FullName, Stranger.Role, DemoUsers.Password, null);
        }

        var eventId = await db.ControlEvents.Where(e => e.ProjectId == projectId).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        var file = new EvidenceFile { ControlEventId = eventId, FileName = "акт.txt", ContentType = "text/plain", Size = 3, Content = "акт"u8.ToArray() };
        var indicator = new Indicator { ProjectId = projectId, Name = "Показатель для проверки маршрутов", Unit = "чел." };
        db.EvidenceFiles.Add(file);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        return new Target(
            projectId,
            await db.Stages.Where(s => s.ProjectId == projectId).OrderBy(s => s.SortOrder).Select(s => s.Id).FirstAsync(),
            await db.PlanItems.Where(i => i.ProjectId == projectId).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(),
            eventId,
            file.Id,
            indicator.Id);
    });
}
