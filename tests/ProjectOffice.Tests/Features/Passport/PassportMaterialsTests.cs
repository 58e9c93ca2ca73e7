using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.Arrange;
using static ProjectOffice.Tests.PassportTablesTestKit;

namespace ProjectOffice.Tests.Features.Passport;

[Collection(Portals.PassportTables)]
public sealed class PassportMaterialsTests(PortalFactory portal)
{
    [Fact]
    public async Task Leader_adds_text_table_and_financing_sections()
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.National);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/materials";
        var fields = await StepAsync(leader, url, await FormFieldsAsync(leader, url), "add");
        fields = await StepAsync(leader, url, fields, "add");
        fields = await StepAsync(leader, url, fields, "add");
        fields["Sections[0].Title"] = "1. Модель функционирования результатов";
        fields["Sections[0].Body"] = "Первый абзац.\r\n\r\n- пункт один\r\n- пункт два";
        fields["Sections[1].Title"] = "2. Перечень организаций";
        fields["Sections[1].Kind"] = "Table";
        fields["Sections[2].Title"] = "3. Финансовое обеспечение";
        fields["Sections[2].Kind"] = "Financing";
        fields = await StepAsync(leader, url, fields, "refresh");
        fields = await StepAsync(leader, url, fields, "add-line:2");
        fields["Sections[1].TableColumns"] = "Организация | Адрес";
        fields["Sections[1].TableRows"] = "МОУ СОШ № 2 | ул. Ленина, 1\r\nМОУ СОШ № 3 | ул. Мира, 5";
        fields["Sections[2].Lines[0].Title"] = "Закупка интерактивных игр\r\nДоступ к интернет-ресурсам";
        fields["Sections[2].Lines[0].BudgetCode"] = "000 0702 0000000000 000";
        fields["Sections[2].Lines[0].Cells[all-2019]"] = "0,015";
        fields["Sections[2].Lines[0].Cells[all-2020]"] = "9,0";

        fields["command"] = "save";
        var saved = await leader.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var sections = await portal.WithDbAsync(db => db.ProjectSections.Where(s => s.ProjectId == id).OrderBy(s => s.SortOrder).ToListAsync());
        Assert.Equal([SectionKind.Text, SectionKind.Table, SectionKind.Financing], sections.Select(s => s.Kind));
        Assert.Equal("Первый абзац.\n\n- пункт один\n- пункт два", sections[0].Body);
        Assert.Equal(["Организация", "Адрес"], sections[1].TableColumns);
        Assert.Equal([["МОУ СОШ № 2", "ул. Ленина, 1"], ["МОУ СОШ № 3", "ул. Мира, 5"]], sections[1].TableRows);
        var line = await portal.WithDbAsync(db => db.BudgetItems.Include(b => b.Amounts).SingleAsync(b => b.SectionId == sections[2].Id));
        Assert.Equal(("Закупка интерактивных игр\nДоступ к интернет-ресурсам", "000 0702 0000000000 000", id),
            (line.Title, line.BudgetCode, line.ProjectId));
        Assert.Equal([(2019, "0,015", 0.015m), (2020, "9,0", 9.0m)],
            line.Amounts.OrderBy(a => a.Year).Select(a => (a.Year!.Value, a.Text, a.Value!.Value)).ToList());
        Assert.All(line.Amounts, a => Assert.Null(a.FundingSourceId));
        var page = await leader.GetPageAsync(url);
        Assert.Contains("9,015", page.QuerySelector("[data-testid=financing-total]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_financing_amount_is_refused_next_to_its_cell()
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) =>
            project.Sections.Add(new ProjectSection { Kind = SectionKind.Financing, Title = "3. Финансовое обеспечение" }));
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/materials";
        var fields = await StepAsync(leader, url, await FormFieldsAsync(leader, url), "add-line:0");
        fields["Sections[0].Lines[0].Title"] = "Создание технопарка";
        fields["Sections[0].Lines[0].Cells[all-2021]"] = "9 млн";
        fields["command"] = "save";

        var page = await PortalClient.ParseAsync(await leader.PostFormAsync(url, fields));

        Assert.Equal(BudgetAmountText.InvalidAmountMessage, ErrorNextTo(page, "Sections[0].Lines[0].Cells[all-2021]"));
        Assert.Equal("9 млн", ValueOf(page, "Sections[0].Lines[0].Cells[all-2021]"));
        Assert.False(await portal.WithDbAsync(db => db.BudgetItems.AnyAsync(b => b.ProjectId == id)));
    }

    [Fact]
    public async Task Removing_a_financing_section_removes_its_lines()
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) =>
        {
            project.Sections.Add(new ProjectSection { Kind = SectionKind.Text, Title = "1. Текст", Body = "Абзац", SortOrder = 0 });
            project.Sections.Add(new ProjectSection { Kind = SectionKind.Financing, Title = "2. Финансы", SortOrder = 1 });
        });
        await portal.ChangeAsync(async db =>
        {
            var section = await db.ProjectSections.SingleAsync(s => s.ProjectId == id && s.Kind == SectionKind.Financing);
            db.BudgetItems.Add(new BudgetItem { ProjectId = id, SectionId = section.Id, Title = "Мероприятие", Amounts = [new BudgetAmount { Year = 2019, Text = "1", Value = 1 }] });
        });
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/materials";

        var fields = await StepAsync(leader, url, await FormFieldsAsync(leader, url), "remove:1");
        fields["command"] = "save";
        await leader.PostFormAsync(url, fields);

        Assert.Equal(["1. Текст"], await portal.WithDbAsync(db => db.ProjectSections.Where(s => s.ProjectId == id).Select(s => s.Title).ToListAsync()));
        Assert.False(await portal.WithDbAsync(db => db.BudgetItems.AnyAsync(b => b.ProjectId == id)));
    }

    [Theory]
    [InlineData("methodist")]
    [InlineData("viewer")]
    public async Task Methodist_and_viewer_cannot_edit_the_materials(string userName)
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) =>
            project.Sections.Add(new ProjectSection { Title = "1. Исходный раздел", Body = "Текст" }));
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));
        var url = $"/projects/{id}/edit/materials";

        using var get = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        var forged = await client.PostFormAsync(url, new() { ["Version"] = "0", ["command"] = "save" }, formPage: "/");

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(["1. Исходный раздел"], await portal.WithDbAsync(db => db.ProjectSections.Where(s => s.ProjectId == id).Select(s => s.Title).ToListAsync()));
    }

    private static async Task<Dictionary<string, string>> StepAsync(PortalClient client, string url, Dictionary<string, string> fields, string command)
    {
        fields["command"] = command;
        return FormFields(await PortalClient.ParseAsync(await client.PostFormAsync(url, fields)));
    }
}
