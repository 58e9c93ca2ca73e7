using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Passport;

[Collection(Portals.Passport)]
public sealed class PassportAccessTests(PortalFactory portal)
{
    public static TheoryData<string, string> ForbiddenEditors()
    {
        var data = new TheoryData<string, string>();
        foreach (var user in new[] { "methodist", "viewer", "curator" })
        {
            foreach (var section in new[] { "general", "team", "stages", "lists" })
            {
                data.Add(user, section);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ForbiddenEditors))]
    public async Task Users_without_edit_rights_get_403_on_the_page_and_on_a_forged_post(string userName, string section)
    {
        var id = await PassportArrange.ProjectAsync(portal, $"Чужой проект {userName} {section}", arrange: p =>
            p.Stages.Add(new Stage { Name = "Этап", StartDate = new DateOnly(2020, 2, 1), EndDate = new DateOnly(2020, 12, 31) }));
        var before = await SnapshotAsync(id);
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));
        var url = $"/projects/{id}/edit/{section}";

        using var page = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        var forged = await client.PostFormAsync(url, new()
        {
            ["Form.Version"] = before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Name"] = "Взломанный проект",
            ["Form.Start"] = "01.02.2020",
            ["Form.End"] = "31.12.2021",
            ["Form.Rows[0].Name"] = "Взломанный этап",
            ["Form.Rows[0].Start"] = "01.02.2020",
            ["Form.Rows[0].End"] = "31.12.2020",
            ["Form.ExternalRisks[0].Text"] = "Взлом",
            ["Form.Executors[0].NameText"] = "Взломщик",
            ["command"] = "save",
        }, formPage: "/");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(before, await SnapshotAsync(id));
    }

    [Fact]
    public async Task Office_edits_any_project()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект без офиса в команде");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync($"/projects/{id}/edit/general")).Fields();
        fields["Form.Goal"] = "Цель от проектного офиса";

        var response = await office.PostFormAsync($"/projects/{id}/edit/general", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Цель от проектного офиса", (await PassportArrange.ProjectWithPassportAsync(portal, id)).Goal);
    }

    [Fact]
    public async Task Leader_edits_only_the_project_they_lead()
    {
        var own = await PassportArrange.ProjectAsync(portal, "Проект руководителя", leader: DemoUsers.Leader);
        var other = await PassportArrange.ProjectAsync(portal, "Проект другого руководителя");
        var otherBefore = await SnapshotAsync(other);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var fields = (await leader.GetPageAsync($"/projects/{own}/edit/general")).Fields();
        fields["Form.Goal"] = "Цель руководителя";

        var ownSave = await leader.PostFormAsync($"/projects/{own}/edit/general", fields);
        using var otherPage = await leader.Http.GetAsync(new Uri($"/projects/{other}/edit/general", UriKind.Relative));
        fields["Form.Name"] = "Перехваченный проект";
        var otherSave = await leader.PostFormAsync($"/projects/{other}/edit/general", fields, formPage: $"/projects/{own}/edit/general");

        Assert.Equal(HttpStatusCode.Redirect, ownSave.StatusCode);
        Assert.Equal("Цель руководителя", (await PassportArrange.ProjectWithPassportAsync(portal, own)).Goal);
        Assert.Equal(HttpStatusCode.Forbidden, otherPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherSave.StatusCode);
        Assert.Equal(otherBefore, await SnapshotAsync(other));
    }

    [Fact]
    public async Task Unknown_project_is_not_found()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        using var response = await office.Http.GetAsync(new Uri("/projects/987654/edit/team", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<Snapshot> SnapshotAsync(int id) => portal.WithDbAsync(async db =>
    {
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == id);
        return new Snapshot(
            project.Name,
            project.Version,
            await db.Stages.CountAsync(s => s.ProjectId == id && s.Name == "Этап"),
            await db.ProjectListItems.CountAsync(i => i.ProjectId == id),
            await db.ProjectMembers.CountAsync(m => m.ProjectId == id));
    });

    private sealed record Snapshot(string Name, uint Version, int OriginalStages, int ListItems, int Members);
}
