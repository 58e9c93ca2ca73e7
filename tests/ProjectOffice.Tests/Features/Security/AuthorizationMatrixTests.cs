using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Reports;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Practices;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Tests.Features.Approval;
using ProjectOffice.Tests.Infrastructure;
using ProjectOffice.Web.Features.Practices;

namespace ProjectOffice.Tests.Features.Security;

/// <summary>
/// Every state-changing route of the portal × every role (the demo users, anonymous, and the leader of another
/// project): whoever lacks the right by <see cref="RolePermissions"/> is refused (401, 403, 404 or the way to the
/// sign-in page) and the database stays as it was. The routes come from the running portal's endpoint table, so a
/// new POST route that this map does not know fails the suite until someone says which permission guards it.
/// </summary>
[Collection(Portals.Approval)]
public sealed partial class AuthorizationMatrixTests(PortalFactory portal)
{
    /// <summary>Who may call a route: anyone, anyone signed in, a global permission, or a permission on the project (or practice, or event) in the route.</summary>
    private enum Scope { Anyone, SignedIn, Global, Project, Practice, ControlEventDone }

    private sealed record Rule(Scope Scope, string? Permission = null);

    private static Rule Global(string permission) => new(Scope.Global, permission);

    private static Rule OnProject(string permission) => new(Scope.Project, permission);

    private static readonly Rule EditPractice = new(Scope.Practice, Permissions.EditPractice);

    /// <summary>The explicit route → permission map: the discovered routes must equal its keys.</summary>
    private static readonly Dictionary<string, Rule> Routes = new(StringComparer.Ordinal)
    {
        ["POST account/login"] = new(Scope.Anyone),
        ["POST account/logout"] = new(Scope.SignedIn),
        ["POST account/notifications"] = new(Scope.SignedIn),
        // The unsubscribe link carries a signed token of its own; without one nothing changes.
        ["POST mail/unsubscribe"] = new(Scope.Anyone),
        ["POST admin/mail/{id:long}/resend"] = Global(Permissions.ManageMail),

        ["POST projects/new"] = Global(Permissions.CreateProject),
        ["POST projects/import"] = Global(Permissions.ImportProjects),
        ["POST api/projects/import"] = Global(Permissions.ImportProjects),
        ["POST users/new"] = Global(Permissions.ManageUsers),
        ["POST users/unlock"] = Global(Permissions.ManageUsers),
        ["POST reference/funding-sources"] = Global(Permissions.ManageReferenceLists),
        ["POST reference/organisations/new"] = Global(Permissions.ManageReferenceLists),
        ["POST reference/organisations/{id:int}"] = Global(Permissions.ManageReferenceLists),
        ["POST reference/people/new"] = Global(Permissions.ManageReferenceLists),
        ["POST reference/people/{id:int}"] = Global(Permissions.ManageReferenceLists),

        ["POST projects/{id:int}/edit/general"] = OnProject(Permissions.EditPassport),
        ["POST projects/{id:int}/edit/team"] = OnProject(Permissions.EditPassport),
        ["POST projects/{id:int}/edit/stages"] = OnProject(Permissions.EditPassport),
        ["POST projects/{id:int}/edit/lists"] = OnProject(Permissions.EditPassport),
        ["POST projects/{id:int}/edit/tasks"] = OnProject(Permissions.EditPassport),
        ["POST projects/{id:int}/edit/indicators"] = OnProject(Permissions.EditPassport),
        ["POST projects/{id:int}/edit/indicators/{indicatorId:int}"] = OnProject(Permissions.EditPassport),
        ["POST projects/{id:int}/edit/budget"] = OnProject(Permissions.EditPassport),
        ["POST projects/{id:int}/edit/materials"] = OnProject(Permissions.EditPassport),

        ["POST projects/{id:int}/plan"] = OnProject(Permissions.EditPlan),
        ["POST projects/{id:int}/plan/new"] = OnProject(Permissions.EditPlan),
        ["POST projects/{id:int}/plan/{itemId:int}/edit"] = OnProject(Permissions.EditPlan),
        ["POST projects/{id:int}/plan/{itemId:int}/move"] = OnProject(Permissions.EditPlan),
        ["POST projects/{id:int}/plan/{itemId:int}/delete"] = OnProject(Permissions.EditPlan),
        ["POST projects/{id:int}/plan/import"] = OnProject(Permissions.EditPlan),
        ["POST projects/{id:int}/plan/import/apply"] = OnProject(Permissions.EditPlan),

        ["POST projects/{id:int}/control-events/new"] = OnProject(Permissions.EditPlan),
        ["POST control-events/{eventId:int}/edit"] = OnProject(Permissions.EditPlan),
        ["POST control-events/{eventId:int}/delete"] = OnProject(Permissions.EditPlan),
        ["POST control-events/{eventId:int}/cancel"] = OnProject(Permissions.EditPlan),
        ["POST control-events/{eventId:int}/done"] = new(Scope.ControlEventDone, Permissions.MarkControlEventDone),
        ["POST control-events/{eventId:int}/reopen"] = new(Scope.ControlEventDone, Permissions.MarkControlEventDone),

        ["POST projects/{id:int}/approval/submit"] = OnProject(DecisionKinds.Permission(DecisionKind.Submitted)),
        ["POST projects/{id:int}/approval/agree"] = OnProject(DecisionKinds.Permission(DecisionKind.Agreed)),
        ["POST projects/{id:int}/approval/office-return"] = OnProject(DecisionKinds.Permission(DecisionKind.ReturnedByOffice)),
        ["POST projects/{id:int}/approval/approve"] = OnProject(DecisionKinds.Permission(DecisionKind.Approved)),
        ["POST projects/{id:int}/approval/curator-return"] = OnProject(DecisionKinds.Permission(DecisionKind.ReturnedByCurator)),
        ["POST projects/{id:int}/approval/change-request"] = OnProject(DecisionKinds.Permission(DecisionKind.ChangeRequested)),
        ["POST projects/{id:int}/approval/stages/{stageId:int}/report"] = OnProject(DecisionKinds.Permission(DecisionKind.StageReported)),
        ["POST projects/{id:int}/approval/stages/{stageId:int}/close"] = OnProject(DecisionKinds.Permission(DecisionKind.StageClosed)),
        ["POST projects/{id:int}/approval/stages/{stageId:int}/return"] = OnProject(DecisionKinds.Permission(DecisionKind.StageReturned)),
        ["POST projects/{id:int}/approval/stages/{stageId:int}/reopen"] = OnProject(DecisionKinds.Permission(DecisionKind.StageReopened)),

        ["POST projects/{id:int}/reports/{period}"] = OnProject(Permissions.EditReport),
        ["POST projects/{id:int}/reports/{period}/curator-return"] = OnProject(ReportWorkflow.Permission(ReportStep.CuratorReturn)),
        ["POST projects/{id:int}/reports/{period}/agree"] = OnProject(ReportWorkflow.Permission(ReportStep.Agree)),
        ["POST projects/{id:int}/reports/{period}/office-return"] = OnProject(ReportWorkflow.Permission(ReportStep.OfficeReturn)),
        ["POST projects/{id:int}/reports/{period}/accept"] = OnProject(ReportWorkflow.Permission(ReportStep.Accept)),
        ["POST projects/{id:int}/reports/{period}/correct"] = OnProject(ReportWorkflow.Permission(ReportStep.Correct)),
        ["POST projects/{id:int}/risks/new"] = OnProject(Permissions.EditRisks),
        ["POST projects/{id:int}/risks/{riskId:int}/edit"] = OnProject(Permissions.EditRisks),
        ["POST projects/{id:int}/risks/from-passport"] = OnProject(Permissions.EditRisks),
        ["POST projects/{id:int}/problems/new"] = OnProject(Permissions.EditRisks),
        ["POST projects/{id:int}/problems/{problemId:int}/edit"] = OnProject(Permissions.EditRisks),

        ["POST practices/new"] = Global(Permissions.CreatePractice),
        ["POST practices/import"] = Global(Permissions.PublishPractice),
        ["POST api/practices/import"] = Global(Permissions.PublishPractice),
        ["POST practices/{id:int}/publish"] = Global(Permissions.PublishPractice),
        ["POST practices/{id:int}/unpublish"] = Global(Permissions.PublishPractice),
        ["POST practices/{id:int}/edit"] = EditPractice,
        ["POST practices/{id:int}/texts/{slug}"] = EditPractice,
        ["POST practices/{id:int}/tables/{slug}"] = EditPractice,
        ["POST practices/{id:int}/description-table"] = EditPractice,
    };

    private static readonly DemoUser OtherLeader = new("matrix-leader", "Другой Руководитель Проекта", Roles.Leader);

    [Fact]
    public void Every_state_changing_route_is_in_the_matrix()
    {
        var discovered = StateChangingRoutes(portal);
        var unknown = discovered.Except(Routes.Keys).Order(StringComparer.Ordinal).ToList();
        var gone = Routes.Keys.Except(discovered).Order(StringComparer.Ordinal).ToList();
        Assert.True(unknown.Count == 0 && gone.Count == 0,
            $"Routes the matrix does not know (add them with their permission): {string.Join(", ", unknown)}; " +
            $"routes in the matrix that no longer exist: {string.Join(", ", gone)}");
    }

    [Fact]
    public async Task Every_role_without_the_right_is_refused_on_every_state_changing_route_and_nothing_changes()
    {
        var target = await ArrangeAsync();
        var callers = new List<(string Name, PortalClient Client, string? UserId)>();
        try
        {
            var anonymous = portal.CreatePortalClient();
            callers.Add(("anonymous", anonymous, null));
            foreach (var user in DemoUsers.All.Append(OtherLeader))
            {
                callers.Add((user.UserName, await portal.SignInAsAsync(user), await UserIdAsync(user.UserName)));
            }

            var checkedCalls = 0;
            var failures = new List<string>();
            await Task.WhenAll(callers.Select(async caller =>
            {
                var token = await TokenAsync(caller.Client, caller.UserId is null ? "/account/login" : "/");
                var facts = await FactsAsync(caller.UserId, target);
                foreach (var (route, rule) in Routes.OrderBy(r => r.Key, StringComparer.Ordinal))
                {
                    if (!IsRefused(rule, caller.UserId, facts))
                    {
                        continue;
                    }

                    var before = await FingerprintAsync(target, caller.UserId);
                    using var response = await PostAsync(caller.Client, Url(route, target), token);
                    var after = await FingerprintAsync(target, caller.UserId);
                    Interlocked.Increment(ref checkedCalls);
                    if (!IsRefusal(response))
                    {
                        lock (failures)
                        {
                            failures.Add($"{caller.Name} {route}: {(int)response.StatusCode} {response.Headers.Location}");
                        }
                    }

                    if (before != after)
                    {
                        lock (failures)
                        {
                            failures.Add($"{caller.Name} {route}: the database changed ({before} → {after})");
                        }
                    }
                }
            }));

            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
            // Each route is refused to someone: at least anonymous, and the matrix really ran.
            Assert.True(checkedCalls >= Routes.Count(r => r.Value.Scope != Scope.Anyone), $"only {checkedCalls} refusals checked");
        }
        finally
        {
            foreach (var (_, client, _) in callers)
            {
                client.Dispose();
            }
        }
    }

    // --- the routes -------------------------------------------------------------------------------------------------

    private static HashSet<string> StateChangingRoutes(PortalFactory portal)
    {
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var routes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            foreach (var method in methods.Where(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m) && !HttpMethods.IsOptions(m)))
            {
                routes.Add($"{method} {endpoint.RoutePattern.RawText?.TrimStart('/')}");
            }
        }

        return routes;
    }

    private static string Url(string route, Target target)
    {
        var template = route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        return "/" + RouteParameter().Replace(template, match => match.Groups["name"].Value switch
        {
            "id" when template.StartsWith("practices", StringComparison.Ordinal) => target.PracticeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "id" when template.StartsWith("reference/organisations", StringComparison.Ordinal) => target.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "id" when template.StartsWith("reference/people", StringComparison.Ordinal) => target.PersonId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "id" => target.ProjectId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "stageId" => target.StageId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "itemId" => target.PlanItemId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "period" => "2021-03",
            "eventId" => target.EventId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "indicatorId" => target.IndicatorId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The register checks the project's permission before it looks for the row, so any id meets the refusal.
            "riskId" or "problemId" => "1",
            "slug" when template.Contains("/texts/", StringComparison.Ordinal) => PracticeTextSection.All[0].Slug,
            "slug" => PracticeTables.All[0].Slug,
            var other => throw new InvalidOperationException($"The matrix does not know what to put for {{{other}}} in {route}."),
        });
    }

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();

    // --- who may -----------------------------------------------------------------------------------------------------

    /// <summary>What the caller is in the target project and practice, read once.</summary>
    private sealed record Facts(IReadOnlyList<string> Roles, IReadOnlyList<MemberRole> TeamRoles, bool ResponsibleForEvent, bool EditsPractice);

    private static bool IsRefused(Rule rule, string? userId, Facts facts)
    {
        if (userId is null)
        {
            return rule.Scope != Scope.Anyone;
        }

        bool Has(string permission) => RolePermissions.Grants(facts.Roles, permission) || RolePermissions.GrantsInProject(facts.TeamRoles, permission);
        return rule.Scope switch
        {
            Scope.Anyone or Scope.SignedIn => false,
            Scope.Global => !RolePermissions.Grants(facts.Roles, rule.Permission!),
            Scope.Project => !Has(rule.Permission!),
            Scope.ControlEventDone => !Has(rule.Permission!) && !facts.ResponsibleForEvent,
            Scope.Practice => !RolePermissions.Grants(facts.Roles, rule.Permission!) && !facts.EditsPractice,
            _ => throw new InvalidOperationException(rule.Scope.ToString()),
        };
    }

    private static bool IsRefusal(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            && response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.OrdinalIgnoreCase) == true);

    // --- arrange and observe ----------------------------------------------------------------------------------------

    private sealed record Target(int ProjectId, int StageId, int PlanItemId, int EventId, int IndicatorId, int PracticeId, int OrganisationId, int PersonId);

    /// <summary>
    /// A fresh copy of «Инженерный кластер» (demo leader, curator and methodist in their roles), the demo practice, and
    /// a leader of another project with an account of their own.
    /// </summary>
    private async Task<Target> ArrangeAsync()
    {
        var projectId = await ApprovalTestData.ImportCopyAsync(portal);
        var otherProject = await ApprovalTestData.ImportCopyAsync(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(OtherLeader.UserName) is null)
        {
            var account = await ActivatorUtilities.CreateInstance<AccountSeeder>(scope.ServiceProvider)
                .CreateUserAsync(OtherLeader.UserName, OtherLeader.FullName, OtherLeader.Role, DemoUsers.Password, null);
            var person = new Person { FullName = OtherLeader.FullName, UserId = account.Id };
            db.People.Add(person);
            (await db.ProjectMembers.FirstAsync(m => m.ProjectId == otherProject && m.Role == MemberRole.Leader)).Person = person;
            await db.SaveChangesAsync();
        }

        // A draft practice of the target project: its author (none) and the project's editors may edit it, others not.
        var practice = new Practice { Name = "Практика для матрицы доступа", Territory = "г. Саянск", StartYear = 2021, ProjectId = projectId };
        db.Practices.Add(practice);
        // The municipal demo passport has no indicators; the indicator details editor needs one.
        var indicator = new Indicator { ProjectId = projectId, Name = "Показатель для матрицы доступа", Unit = "чел." };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();

        return new Target(
            projectId,
            await db.Stages.Where(s => s.ProjectId == projectId).OrderBy(s => s.SortOrder).Select(s => s.Id).FirstAsync(),
            await db.PlanItems.Where(i => i.ProjectId == projectId).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(),
            await db.ControlEvents.Where(e => e.ProjectId == projectId).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(),
            indicator.Id,
            practice.Id,
            await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(),
            await db.People.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
    }

    private async Task<string?> UserIdAsync(string userName) =>
        await portal.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private Task<Facts> FactsAsync(string? userId, Target target) => portal.WithDbAsync(async db =>
    {
        if (userId is null)
        {
            return new Facts([], [], false, false);
        }

        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToListAsync();
        var teamRoles = await db.ProjectMembers.Where(m => m.ProjectId == target.ProjectId && m.Person!.UserId == userId).Select(m => m.Role).Distinct().ToListAsync();
        var planItem = await db.ControlEvents.Where(e => e.Id == target.EventId).Select(e => e.PlanItemId).SingleAsync();
        var responsible = await db.Responsibles.AnyAsync(r => r.Person!.UserId == userId
            && (r.ControlEventId == target.EventId || (planItem != null && r.PlanItemId == planItem)));
        var practice = await db.Practices.Where(p => p.Id == target.PracticeId).Select(p => new { p.Status, p.AuthorUserId, p.ProjectId }).SingleAsync();
        var practiceTeam = practice.ProjectId is { } linked
            ? await db.ProjectMembers.Where(m => m.ProjectId == linked && m.Person!.UserId == userId).Select(m => m.Role).ToListAsync()
            : [];
        var editsPractice = practice.Status != PracticeStatus.Published
                            && (practice.AuthorUserId == userId || RolePermissions.GrantsInProject(practiceTeam, Permissions.EditPassport));
        return new Facts(roles, teamRoles, responsible, editsPractice);
    });

    /// <summary>
    /// What a refused call could have changed: the target rows' versions (xmin) and child counts, the project's
    /// decisions and journal, and anything journalled or created in the caller's name.
    /// </summary>
    private Task<string> FingerprintAsync(Target target, string? userId) => portal.WithDbAsync(db =>
        db.Database.SqlQuery<string>($"""
            SELECT concat_ws('|',
              (SELECT xmin::text FROM "Projects" WHERE "Id" = {target.ProjectId}),
              (SELECT string_agg(xmin::text || ':' || "Status", ',' ORDER BY "Id") FROM "Stages" WHERE "ProjectId" = {target.ProjectId}),
              (SELECT count(*) FROM "PlanItems" WHERE "ProjectId" = {target.ProjectId}),
              (SELECT string_agg(xmin::text, ',' ORDER BY "Id") FROM "ControlEvents" WHERE "ProjectId" = {target.ProjectId}),
              (SELECT count(*) FROM "ProjectMembers" WHERE "ProjectId" = {target.ProjectId}),
              (SELECT count(*) FROM "ApprovalDecisions" WHERE "ProjectId" = {target.ProjectId}),
              (SELECT count(*) FROM "ProjectVersions" WHERE "ProjectId" = {target.ProjectId}),
              (SELECT count(*) FROM "Journal" WHERE "ProjectId" = {target.ProjectId}),
              (SELECT count(*) FROM "Journal" WHERE "UserId" = {userId ?? ""}),
              (SELECT xmin::text FROM "Practices" WHERE "Id" = {target.PracticeId}),
              (SELECT count(*) FROM "Practices" WHERE "AuthorUserId" = {userId ?? ""}),
              (SELECT xmin::text FROM "Organisations" WHERE "Id" = {target.OrganisationId}),
              (SELECT xmin::text FROM "People" WHERE "Id" = {target.PersonId})) AS "Value"
            """).SingleAsync());

    private static async Task<string> TokenAsync(PortalClient client, string page)
    {
        var document = await client.GetPageAsync(page);
        return document.QuerySelectorAll<IHtmlInputElement>("input[name='__RequestVerificationToken']").FirstOrDefault()?.Value
               ?? throw new InvalidOperationException($"No antiforgery token on {page}");
    }

    /// <summary>A minimal form with the caller's antiforgery token: refused calls must be refused before the form matters.</summary>
    private static Task<HttpResponseMessage> PostAsync(PortalClient client, string url, string token)
    {
        var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = "0", ["version"] = "0", ["Comment"] = "матрица", ["command"] = "save",
        });
        return client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}
