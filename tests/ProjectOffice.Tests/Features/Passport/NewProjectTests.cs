using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Passport;

[Collection(Portals.Passport)]
public sealed class NewProjectTests(PortalFactory portal)
{
    [Fact]
    public async Task Leader_creates_a_draft_project_and_becomes_its_leader()
    {
        var leaderPerson = await PassportArrange.LinkedPersonAsync(portal, DemoUsers.Leader);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var response = await leader.PostFormAsync("/projects/new", new()
        {
            ["Layout"] = "National",
            ["Name"] = "Цифровая образовательная среда",
            ["ShortName"] = "ЦОС",
            ["Start"] = "01.01.2022",
            ["End"] = "31.12.2024",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var project = await portal.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.Members)
            .SingleAsync(p => p.Name == "Цифровая образовательная среда"));
        Assert.Equal($"/projects/{project.Id}/edit/general", response.Headers.Location!.OriginalString);
        Assert.Equal(ProjectStatus.Draft, project.Status);
        Assert.Equal(ProjectLayout.National, project.Layout);
        Assert.Equal("ЦОС", project.ShortName);
        Assert.Equal(new DateOnly(2022, 1, 1), project.StartDate);
        Assert.Equal(new DateOnly(2024, 12, 31), project.EndDate);
        var member = Assert.Single(project.Members);
        Assert.Equal(MemberRole.Leader, member.Role);
        Assert.Equal(leaderPerson, member.PersonId);
        Assert.Null(member.GroupId);
        using var general = await leader.Http.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, general.StatusCode);
    }

    [Fact]
    public async Task Impossible_start_date_is_refused_and_the_form_kept()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var response = await office.PostFormAsync("/projects/new", new()
        {
            ["Layout"] = "Municipal",
            ["Name"] = "Проект с 30 февраля",
            ["Start"] = "30.02.2022",
            ["End"] = "31.12.2022",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Такой даты нет: 30.02.2022.", page.MessageFor("Start"));
        Assert.Equal("Проект с 30 февраля", page.ValueOf("Name"));
        Assert.False(await portal.WithDbAsync(db => db.Projects.AnyAsync(p => p.Name == "Проект с 30 февраля")));
    }

    [Theory]
    [InlineData("methodist")]
    [InlineData("viewer")]
    public async Task Only_office_admin_and_leaders_create_projects(string userName)
    {
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));

        using var page = await client.Http.GetAsync(new Uri("/projects/new", UriKind.Relative));
        var forged = await client.PostFormAsync("/projects/new", new()
        {
            ["Layout"] = "Municipal",
            ["Name"] = $"Самовольный проект {userName}",
            ["Start"] = "01.01.2022",
            ["End"] = "31.12.2022",
        }, formPage: "/");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.Projects.AnyAsync(p => p.Name == $"Самовольный проект {userName}")));
    }
}
