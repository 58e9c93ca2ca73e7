using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.Arrange;
using static ProjectOffice.Tests.PassportTablesTestKit;

namespace ProjectOffice.Tests.Features.Passport;

[Collection(Portals.PassportTables)]
public sealed class FundingSourcesTests(PortalFactory portal)
{
    private const string Url = "/reference/funding-sources";

    [Fact]
    public async Task Administrator_adds_a_funding_source_and_moves_it_up()
    {
        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);
        var fields = await FormFieldsAsync(admin, Url);
        fields["command"] = "add";
        var page = await PortalClient.ParseAsync(await admin.PostFormAsync(Url, fields));
        var last = page.QuerySelectorAll("[data-testid=funding-source]").Length - 1;
        fields = FormFields(page);
        fields[$"Sources[{last}].Name"] = "Бюджет Тестового района";
        fields[$"Sources[{last}].NameGenitive"] = "бюджета Тестового района";
        fields["command"] = $"up:{last}";
        fields = FormFields(await PortalClient.ParseAsync(await admin.PostFormAsync(Url, fields)));
        fields["command"] = "save";

        var saved = await admin.PostFormAsync(Url, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var names = await portal.WithDbAsync(db => db.FundingSources.OrderBy(f => f.SortOrder).Select(f => f.Name).ToListAsync());
        Assert.Equal(last - 1, names.IndexOf("Бюджет Тестового района"));
        Assert.Equal(Enumerable.Range(0, names.Count), await portal.WithDbAsync(db => db.FundingSources.OrderBy(f => f.SortOrder).Select(f => f.SortOrder).ToListAsync()));
        var added = await portal.WithDbAsync(db => db.FundingSources.SingleAsync(f => f.Name == "Бюджет Тестового района"));
        Assert.Equal(("бюджета Тестового района", false), (added.NameGenitive, added.IsArchived));
    }

    [Fact]
    public async Task An_archived_source_keeps_its_amounts_but_is_not_offered_for_new_ones()
    {
        var sourceId = await AddSourceAsync("Гранты фонда");
        var withAmounts = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) => project.BudgetItems.Add(new BudgetItem
        {
            Title = "Направление",
            Amounts = [new BudgetAmount { FundingSourceId = sourceId, Year = 2019, Text = "0,5", Value = 0.5m }],
        }));
        var withoutAmounts = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) => project.BudgetItems.Add(new BudgetItem { Title = "Направление" }));
        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);
        var page = await admin.GetPageAsync(Url);
        var row = RowOf(page, sourceId);
        var fields = FormFields(page);
        fields[$"Sources[{row}].Name"] = "Гранты фонда (переименовано)";
        fields[$"Sources[{row}].IsArchived"] = "true";
        fields["command"] = "save";

        await admin.PostFormAsync(Url, fields);

        var source = await portal.WithDbAsync(db => db.FundingSources.SingleAsync(f => f.Id == sourceId));
        Assert.Equal(("Гранты фонда (переименовано)", true), (source.Name, source.IsArchived));
        Assert.Equal("0,5", await portal.WithDbAsync(db => db.BudgetAmounts.Where(a => a.FundingSourceId == sourceId).Select(a => a.Text).SingleAsync()));
        var oldBudget = await admin.GetPageAsync($"/projects/{withAmounts}/edit/budget");
        var newBudget = await admin.GetPageAsync($"/projects/{withoutAmounts}/edit/budget");
        Assert.Contains("Гранты фонда (переименовано) (в архиве)", oldBudget.QuerySelector("[data-testid=budget-direction]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("0,5", ValueOf(oldBudget, $"Items[0].Cells[{sourceId}-2019]"));
        Assert.DoesNotContain("Гранты фонда", newBudget.QuerySelector("[data-testid=budget-direction]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(newBudget.QuerySelector($"[name='Items[0].Cells[{sourceId}-2019]']"));
    }

    [Fact]
    public async Task A_duplicate_name_is_refused_next_to_the_row()
    {
        await AddSourceAsync("Средства спонсоров");
        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);
        var fields = await FormFieldsAsync(admin, Url);
        fields["command"] = "add";
        var page = await PortalClient.ParseAsync(await admin.PostFormAsync(Url, fields));
        var last = page.QuerySelectorAll("[data-testid=funding-source]").Length - 1;
        fields = FormFields(page);
        fields[$"Sources[{last}].Name"] = "средства спонсоров";
        fields["command"] = "save";

        var refused = await PortalClient.ParseAsync(await admin.PostFormAsync(Url, fields));

        Assert.Equal("Такой источник уже есть в списке.", ErrorNextTo(refused, $"Sources[{last}].Name"));
        Assert.Equal(1, await portal.WithDbAsync(db => db.FundingSources.CountAsync(f => EF.Functions.ILike(f.Name, "средства спонсоров"))));
    }

    [Theory]
    [InlineData("leader")]
    [InlineData("office")]
    public async Task Only_the_administrator_manages_funding_sources(string userName)
    {
        var before = await portal.WithDbAsync(db => db.FundingSources.OrderBy(f => f.Id).Select(f => f.Name).ToListAsync());
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));

        using var get = await client.Http.GetAsync(new Uri(Url, UriKind.Relative));
        var forged = await client.PostFormAsync(Url, new() { ["Sources[0].Name"] = "Подмена", ["command"] = "save" }, formPage: "/");
        var start = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(before, await portal.WithDbAsync(db => db.FundingSources.OrderBy(f => f.Id).Select(f => f.Name).ToListAsync()));
        Assert.Null(start.QuerySelector($"[data-testid=main-nav] a[href='{Url}']"));
    }

    [Fact]
    public async Task The_administrator_finds_the_reference_lists_in_the_menu()
    {
        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);

        var start = await admin.GetPageAsync("/");

        Assert.Equal("Справочники", start.QuerySelector($"[data-testid=main-nav] a[href='{Url}']")?.TextContent.Trim());
    }

    private async Task<int> AddSourceAsync(string name)
    {
        var source = new FundingSource { Name = name, SortOrder = 100 };
        await portal.ChangeAsync(db =>
        {
            db.FundingSources.Add(source);
            return Task.CompletedTask;
        });
        return source.Id;
    }

    private static int RowOf(AngleSharp.Dom.IDocument page, int sourceId)
    {
        var rows = page.QuerySelectorAll("[data-testid=funding-source]");
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].QuerySelector($"input[name='Sources[{i}].Id']")?.GetAttribute("value") == $"{sourceId}")
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Source {sourceId} is not on the page");
    }
}
