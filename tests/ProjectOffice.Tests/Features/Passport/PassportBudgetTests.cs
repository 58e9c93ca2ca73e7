using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;
using ProjectOffice.Web.Features.Passport;
using static ProjectOffice.Tests.Arrange;
using static ProjectOffice.Tests.PassportTablesTestKit;

namespace ProjectOffice.Tests.Features.Passport;

[Collection(Portals.PassportTables)]
public sealed class PassportBudgetTests(PortalFactory portal)
{
    [Fact]
    public async Task Municipal_budget_by_stage_keeps_amounts_as_typed_and_totals_them()
    {
        var (first, second) = await TwoSourcesAsync();
        var id = await CreateProjectAsync(portal, ProjectLayout.Municipal, (project, _) =>
        {
            project.Stages.Add(new Stage { Name = "Подготовительный", StartDate = new(2019, 1, 1), EndDate = new(2019, 12, 31), SortOrder = 0 });
            project.Stages.Add(new Stage { Name = "Основной", StartDate = new(2020, 1, 1), EndDate = new(2024, 12, 31), SortOrder = 1 });
        });
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/budget";
        var fields = await FormFieldsAsync(leader, url);
        fields[$"Items[0].Cells[{first}-all]"] = "0,015";
        fields[$"Items[0].Cells[{second}-all]"] = "-";
        fields[$"Items[1].Cells[{first}-all]"] = "29 310,220";
        fields["command"] = "save";

        var saved = await leader.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var items = await portal.WithDbAsync(db => db.BudgetItems.Include(b => b.Amounts).Include(b => b.Stage)
            .Where(b => b.ProjectId == id).OrderBy(b => b.SortOrder).ToListAsync());
        Assert.Equal(["Подготовительный", "Основной"], items.Select(b => b.Stage!.Name));
        Assert.Equal(
            [(first, "0,015", 0.015m), (second, "-", null)],
            items[0].Amounts.OrderBy(a => a.FundingSourceId == first ? 0 : 1).Select(a => (a.FundingSourceId!.Value, a.Text, a.Value)).ToList());
        var big = Assert.Single(items[1].Amounts);
        Assert.Equal(("29 310,220", 29310.220m, (int?)null), (big.Text, big.Value, big.Year));
        var page = await leader.GetPageAsync(url);
        Assert.StartsWith("Проект в целом 29 310,235", Squeeze(page.QuerySelector("[data-testid=budget-project-total]")!.TextContent), StringComparison.Ordinal);
        Assert.Equal("0,015", ValueOf(page, $"Items[0].Cells[{first}-all]"));
    }

    [Fact]
    public async Task National_budget_direction_keeps_amounts_per_source_and_year()
    {
        var (first, second) = await TwoSourcesAsync();
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) =>
            project.Tasks.Add(new ProjectTask { Name = "Задача", Results = [new ProjectResult { Name = "Создан технопарк «Кванториум»" }] }));
        var resultId = await portal.WithDbAsync(db => db.ProjectResults.Where(r => r.Name == "Создан технопарк «Кванториум»").Select(r => r.Id).SingleAsync());
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/budget";
        var fields = await FormFieldsAsync(leader, url);
        fields["command"] = "add";
        fields = FormFields(await PortalClient.ParseAsync(await leader.PostFormAsync(url, fields)));
        fields["Items[0].Title"] = "Создание детского технопарка «Кванториум»";
        fields["Items[0].ResultId"] = $"{resultId}";
        for (var year = 2019; year <= 2024; year++)
        {
            fields[$"Items[0].Cells[{first}-{year}]"] = "0,015";
        }

        fields[$"Items[0].Cells[{second}-2019]"] = "-";
        fields["command"] = "save";
        var saved = await leader.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var item = await portal.WithDbAsync(db => db.BudgetItems.Include(b => b.Amounts).SingleAsync(b => b.ProjectId == id));
        Assert.Equal(("Создание детского технопарка «Кванториум»", (int?)resultId), (item.Title, item.ResultId));
        var amount2019 = item.Amounts.Single(a => a.FundingSourceId == first && a.Year == 2019);
        Assert.Equal(("0,015", (decimal?)0.015m), (amount2019.Text, amount2019.Value));
        var dash = item.Amounts.Single(a => a.FundingSourceId == second);
        Assert.Equal(("-", (decimal?)null, (int?)2019), (dash.Text, dash.Value, dash.Year));
        Assert.Equal(7, item.Amounts.Count);
        var page = await leader.GetPageAsync(url);
        Assert.Equal("0,09", page.QuerySelector("[data-testid=budget-grand-total]")!.TextContent.Trim());
        Assert.EndsWith("0,015 0,015 0,015 0,015 0,015 0,015 0,09", Squeeze(page.QuerySelector("[data-testid=direction-total]")!.TextContent), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", BudgetAmountText.InvalidAmountMessage)]
    [InlineData("1,2345", BudgetAmountText.TooManyDecimalsMessage)]
    [InlineData("-3", BudgetAmountText.NegativeMessage)]
    public async Task An_invalid_amount_is_refused_next_to_its_cell_and_nothing_is_saved(string typed, string message)
    {
        var (first, second) = await TwoSourcesAsync();
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) => project.BudgetItems.Add(new BudgetItem
        {
            Title = "Направление",
            Amounts = [new BudgetAmount { FundingSourceId = first, Year = 2020, Text = "0,5", Value = 0.5m }],
        }));
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/budget";
        var fields = await FormFieldsAsync(leader, url);
        fields[$"Items[0].Cells[{first}-2020]"] = "0,7";
        fields[$"Items[0].Cells[{second}-2021]"] = typed;
        fields["command"] = "save";

        var response = await leader.PostFormAsync(url, fields);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, ErrorNextTo(page, $"Items[0].Cells[{second}-2021]"));
        Assert.Equal(typed, ValueOf(page, $"Items[0].Cells[{second}-2021]"));
        Assert.Equal("0,7", ValueOf(page, $"Items[0].Cells[{first}-2020]"));
        var amounts = await portal.WithDbAsync(db => db.BudgetAmounts.Where(a => db.BudgetItems.Any(b => b.Id == a.BudgetItemId && b.ProjectId == id)).ToListAsync());
        var stored = Assert.Single(amounts);
        Assert.Equal(("0,5", (decimal?)0.5m), (stored.Text, stored.Value));
    }

    [Fact]
    public async Task Several_amounts_of_one_cell_are_kept_and_summed()
    {
        var (first, _) = await TwoSourcesAsync();
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) => project.BudgetItems.Add(new BudgetItem
        {
            Title = "Закупка интерактивных профориентационных игр",
            Amounts =
            [
                new BudgetAmount { FundingSourceId = first, Year = 2020, Text = "0,025", Value = 0.025m, SortOrder = 0 },
                new BudgetAmount { FundingSourceId = first, Year = 2020, Text = "0,015", Value = 0.015m, SortOrder = 1 },
            ],
        }));
        var before = await portal.WithDbAsync(db => db.BudgetAmounts.Where(a => a.Year == 2020 && db.BudgetItems.Any(b => b.Id == a.BudgetItemId && b.ProjectId == id))
            .OrderBy(a => a.SortOrder).Select(a => new { a.Id, a.Text }).ToListAsync());
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/budget";
        var page = await leader.GetPageAsync(url);
        var fields = FormFields(page);
        fields["command"] = "save";

        await leader.PostFormAsync(url, fields);

        Assert.Equal("0,025\n0,015", ValueOf(page, $"Items[0].Cells[{first}-2020]"));
        Assert.Equal("0,04", page.QuerySelector("[data-testid=budget-grand-total]")!.TextContent.Trim());
        var after = await portal.WithDbAsync(db => db.BudgetAmounts.Where(a => a.Year == 2020 && db.BudgetItems.Any(b => b.Id == a.BudgetItemId && b.ProjectId == id))
            .OrderBy(a => a.SortOrder).Select(a => new { a.Id, a.Text }).ToListAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_second_editor_saving_an_outdated_budget_gets_the_conflict_message()
    {
        var (first, _) = await TwoSourcesAsync();
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) => project.BudgetItems.Add(new BudgetItem { Title = "Направление" }));
        var url = $"/projects/{id}/edit/budget";
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var leaderFields = await FormFieldsAsync(leader, url);
        var officeFields = await FormFieldsAsync(office, url);

        leaderFields[$"Items[0].Cells[{first}-2019]"] = "1,5";
        leaderFields["command"] = "save";
        var firstSave = await leader.PostFormAsync(url, leaderFields);
        officeFields[$"Items[0].Cells[{first}-2019]"] = "2,5";
        officeFields["command"] = "save";
        var secondSave = await office.PostFormAsync(url, officeFields);

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        var page = await PortalClient.ParseAsync(secondSave);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        Assert.Contains(PassportConcurrency.ConflictMessage, page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2,5", ValueOf(page, $"Items[0].Cells[{first}-2019]"));
        Assert.Equal(["1,5"], await portal.WithDbAsync(db => db.BudgetAmounts
            .Where(a => db.BudgetItems.Any(b => b.Id == a.BudgetItemId && b.ProjectId == id)).Select(a => a.Text).ToListAsync()));
    }

    [Fact]
    public async Task A_typed_total_is_kept_warned_about_where_the_rows_differ_printed_and_cleared_back_to_the_sum()
    {
        var (first, _) = await TwoSourcesAsync();
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) =>
        {
            project.BudgetItems.Add(new BudgetItem { Title = "Игры", SortOrder = 0, Amounts = [new BudgetAmount { FundingSourceId = first, Year = 2019, Text = "0,015", Value = 0.015m }] });
            project.BudgetItems.Add(new BudgetItem { Title = "Кванториум", SortOrder = 1, Amounts = [new BudgetAmount { FundingSourceId = first, Year = 2019, Text = "9,0", Value = 9.0m }] });
        });
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/budget";
        var fields = await FormFieldsAsync(leader, url);
        fields["TypedTotals[all-2019]"] = "9,03";
        fields[$"TypedTotals[{first}-all]"] = "9,015";
        fields["Items[1].Number"] = "1.6.";
        fields["command"] = "save";

        var saved = await leader.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await portal.WithDbAsync(db => db.TypedBudgetTotals.Where(t => t.ProjectId == id).OrderBy(t => t.FundingSourceId == null).ThenBy(t => t.FundingSourceId)
            .Select(t => new { t.FundingSourceId, t.Year, t.Text, t.Value }).ToListAsync());
        Assert.Equal([new { FundingSourceId = (int?)first, Year = (int?)null, Text = "9,015", Value = (decimal?)9.015m }, new { FundingSourceId = (int?)null, Year = (int?)2019, Text = "9,03", Value = (decimal?)9.03m }], stored);
        var page = await leader.GetPageAsync(url);
        // Only the total that disagrees with its rows is warned about.
        Assert.Equal(["Итог введён вручную: 9,03; сумма строк 9,015"], page.QuerySelectorAll("[data-testid=typed-total-warning]").Select(w => w.TextContent.Trim()));
        Assert.Equal("9,03", ValueOf(page, "TypedTotals[all-2019]"));
        Assert.Equal("1.6.", ValueOf(page, "Items[1].Number"));

        // The passport prints the typed total where the rows sum to 9,015, and the typed number.
        var xlsx = await leader.Http.GetByteArrayAsync(new Uri($"/projects/{id}/forms/passport.xlsx", UriKind.Relative));
        using (var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(xlsx)))
        {
            var finance = workbook.Worksheet("4. Финансовое обеспечение");
            var total = finance.CellsUsed().Single(c => c.GetString().StartsWith("Всего по ", StringComparison.Ordinal) && c.GetString().EndsWith("в том числе:", StringComparison.Ordinal)).WorksheetRow();
            Assert.Equal(9.03, total.Cell(3).GetDouble(), 6);
            Assert.Contains(finance.CellsUsed(), c => c.GetString() == "1.6.");
        }

        fields = FormFields(page);
        fields["TypedTotals[all-2019]"] = "";
        fields["command"] = "save";
        await leader.PostFormAsync(url, fields);

        var left = Assert.Single(await portal.WithDbAsync(db => db.TypedBudgetTotals.Where(t => t.ProjectId == id).ToListAsync()));
        Assert.Equal(((int?)first, (int?)null), (left.FundingSourceId, left.Year));
        Assert.Empty((await leader.GetPageAsync(url)).QuerySelectorAll("[data-testid=typed-total-warning]"));
    }

    [Fact]
    public async Task A_typed_total_that_is_not_an_amount_is_refused_next_to_it_keeping_what_was_typed()
    {
        var (first, _) = await TwoSourcesAsync();
        var id = await CreateProjectAsync(portal, ProjectLayout.Municipal, (project, _) =>
            project.Stages.Add(new Stage { Name = "Единственный", StartDate = new(2019, 1, 1), EndDate = new(2019, 12, 31) }));
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/budget";
        var fields = await FormFieldsAsync(leader, url);
        fields[$"Items[0].Cells[{first}-all]"] = "1,5";
        fields["TypedTotals[all-all]"] = "девять";
        fields["command"] = "save";

        var response = await leader.PostFormAsync(url, fields);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BudgetAmountText.InvalidAmountMessage, ErrorNextTo(page, "TypedTotals[all-all]"));
        Assert.Equal("девять", ValueOf(page, "TypedTotals[all-all]"));
        Assert.Equal("1,5", ValueOf(page, $"Items[0].Cells[{first}-all]"));
        Assert.False(await portal.WithDbAsync(db => db.TypedBudgetTotals.AnyAsync(t => t.ProjectId == id)));
    }

    [Fact]
    public async Task A_second_editor_typing_a_total_into_an_outdated_budget_gets_the_conflict_message()
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) => project.BudgetItems.Add(new BudgetItem { Title = "Направление" }));
        var url = $"/projects/{id}/edit/budget";
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var leaderFields = await FormFieldsAsync(leader, url);
        var officeFields = await FormFieldsAsync(office, url);

        leaderFields["TypedTotals[all-all]"] = "1,5";
        leaderFields["command"] = "save";
        var firstSave = await leader.PostFormAsync(url, leaderFields);
        officeFields["TypedTotals[all-all]"] = "2,5";
        officeFields["command"] = "save";
        var secondSave = await office.PostFormAsync(url, officeFields);

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        var page = await PortalClient.ParseAsync(secondSave);
        Assert.Contains(PassportConcurrency.ConflictMessage, page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2,5", ValueOf(page, "TypedTotals[all-all]"));
        Assert.Equal(["1,5"], await portal.WithDbAsync(db => db.TypedBudgetTotals.Where(t => t.ProjectId == id).Select(t => t.Text).ToListAsync()));
    }

    [Theory]
    [InlineData("methodist")]
    [InlineData("viewer")]
    public async Task Methodist_and_viewer_cannot_edit_the_budget(string userName)
    {
        var (first, _) = await TwoSourcesAsync();
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) => project.BudgetItems.Add(new BudgetItem
        {
            Title = "Направление",
            Amounts = [new BudgetAmount { FundingSourceId = first, Year = 2019, Text = "1", Value = 1 }],
        }));
        var itemId = await portal.WithDbAsync(db => db.BudgetItems.Where(b => b.ProjectId == id).Select(b => b.Id).SingleAsync());
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));
        var url = $"/projects/{id}/edit/budget";

        using var get = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        var forged = await client.PostFormAsync(url, new()
        {
            ["Version"] = "0",
            ["Items[0].Id"] = $"{itemId}",
            ["Items[0].Title"] = "Подмена",
            [$"Items[0].Cells[{first}-2019]"] = "999",
            ["command"] = "save",
        }, formPage: "/");

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        var item = await portal.WithDbAsync(db => db.BudgetItems.Include(b => b.Amounts).SingleAsync(b => b.Id == itemId));
        Assert.Equal(("Направление", "1"), (item.Title, item.Amounts.Single().Text));
    }

    private async Task<(int First, int Second)> TwoSourcesAsync()
    {
        var ids = await portal.WithDbAsync(db => db.FundingSources.Where(f => !f.IsArchived).OrderBy(f => f.SortOrder).Select(f => f.Id).Take(2).ToListAsync());
        return (ids[0], ids[1]);
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
