using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Passport;

/// <summary>Saving a demo passport's section without touching a field must leave the database exactly as it was.</summary>
[Collection(Portals.PassportTables)]
public sealed class DemoRoundTripTests(PortalFactory portal)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static TheoryData<string, string> Sections()
    {
        var data = new TheoryData<string, string>();
        foreach (var project in new[] { "Инженерный кластер", "Успех каждого ребенка" })
        {
            foreach (var section in new[] { "general", "team", "stages", "lists" })
            {
                data.Add(project, section);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task Saving_a_demo_section_unchanged_leaves_the_passport_identical(string projectName, string section)
    {
        var id = await portal.WithDbAsync(db => db.Projects.Where(p => p.Name == projectName).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var before = await PassportJsonAsync(id);
        var journalBefore = await portal.WithDbAsync(db => db.Journal.CountAsync(j => j.ProjectId == id));
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var url = $"/projects/{id}/edit/{section}";
        var fields = (await office.GetPageAsync(url)).Fields();
        fields["command"] = "save";

        var response = await office.PostFormAsync(url, fields);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{response.StatusCode}: {(await PortalClient.ParseAsync(response)).QuerySelectorAll(".field-validation-error, [data-testid=form-errors]").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).FirstOrDefault()}");
        Assert.Equal(before, await PassportJsonAsync(id));
        Assert.Equal(journalBefore, await portal.WithDbAsync(db => db.Journal.CountAsync(j => j.ProjectId == id)));
    }

    [Fact]
    public async Task The_demo_leader_edits_the_engineering_cluster_but_not_the_other_demo_project()
    {
        var (own, other) = await portal.WithDbAsync(async db => (
            await db.Projects.Where(p => p.Name == "Инженерный кластер").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
            await db.Projects.Where(p => p.Name == "Успех каждого ребенка").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync()));
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using var ownPage = await leader.Http.GetAsync(new Uri($"/projects/{own}/edit/team", UriKind.Relative));
        using var otherPage = await leader.Http.GetAsync(new Uri($"/projects/{other}/edit/team", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherPage.StatusCode);
    }

    /// <summary>Every passport row this editor touches, without the version stamps, as JSON for a readable diff.</summary>
    private Task<string> PassportJsonAsync(int id) => portal.WithDbAsync(async db =>
    {
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == id);
        var members = await db.ProjectMembers.AsNoTracking().Where(m => m.ProjectId == id).OrderBy(m => m.Id)
            .Select(m => new
            {
                m.Id, m.Role, m.PersonId, m.NameText, m.RoleTitle, m.Position, m.Email, m.Phone, m.DirectSupervisor,
                m.SupervisorPersonId, m.EmploymentText, m.Employment, m.GroupId, m.SortOrder,
            })
            .ToListAsync();
        var groups = await db.ParticipantGroups.AsNoTracking().Where(g => g.ProjectId == id).OrderBy(g => g.Id).ToListAsync();
        var stages = await db.Stages.AsNoTracking().Where(s => s.ProjectId == id).OrderBy(s => s.Id).ToListAsync();
        var tasks = await db.ProjectTasks.AsNoTracking().Where(t => t.ProjectId == id).OrderBy(t => t.Id).ToListAsync();
        var lists = await db.ProjectListItems.AsNoTracking().Where(i => i.ProjectId == id).OrderBy(i => i.Id).ToListAsync();
        var people = await db.People.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
        var general = new
        {
            project.Name, project.ShortName, project.Layout, project.Status, project.Kind, project.Level, project.NationalProject,
            project.FederalProject, project.RegionalProject, project.StrategicGoalRegionCaption, project.StrategicGoalRegion,
            project.StrategicGoalCityCaption, project.StrategicGoalCity, project.Municipality, project.FunctionalBlock, project.Basis,
            project.Goal, project.RelatedProjects, project.BudgetBreakdown, project.StartDate, project.EndDate,
        };
        return JsonSerializer.Serialize(new { general, members, groups, stages, tasks, lists, people }, Indented);
    });
}
