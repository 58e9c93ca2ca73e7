using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.Arrange;
using static ProjectOffice.Tests.PassportTablesTestKit;

namespace ProjectOffice.Tests.Features.Passport;

[Collection(Portals.PassportTables)]
public sealed class PassportIndicatorsTests(PortalFactory portal)
{
    private const string LongFormula = "$F_{ov} = \\sum X_i$ где:\n\nX_i — численность детей";

    [Fact]
    public async Task Every_field_of_a_new_indicator_is_saved_and_shown_as_typed()
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.National);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/indicators";
        var fields = await FormFieldsAsync(leader, url);
        fields["command"] = "add";
        fields = FormFields(await PortalClient.ParseAsync(await leader.PostFormAsync(url, fields)));

        fields["Indicators[0].Name"] = "Доля детей, охваченных дополнительным образованием, %";
        fields["Indicators[0].Unit"] = "%";
        fields["Indicators[0].UnitInName"] = "true";
        fields["Indicators[0].Type"] = "Additional";
        fields["Indicators[0].BaselineText"] = "71%";
        fields["Indicators[0].BaselineDate"] = "01.01.2019";
        fields["Indicators[0].Values[2019]"] = "73%";
        fields["Indicators[0].Values[2020]"] = "0,532";
        fields["Indicators[0].Values[2021]"] = "Не менее 5";
        fields["Indicators[0].Values[2022]"] = "-";
        fields["Indicators[0].MethodFormula"] = LongFormula.Replace("\n", "\r\n", StringComparison.Ordinal);
        fields["Indicators[0].MethodBaseIndicators"] = "Фдод=73";
        fields["Indicators[0].DataSource"] = "Форма №1-ДОП";
        fields["Indicators[0].Collector"] = "Управление образования";
        fields["Indicators[0].AggregationLevel"] = "По муниципальному образованию";
        fields["Indicators[0].Periodicity"] = "1 раз в год";
        fields["Indicators[0].AdditionalInfo"] = "Нарастающим итогом";
        fields["command"] = "save";
        var saved = await leader.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var indicator = await portal.WithDbAsync(db => db.Indicators.Include(i => i.Values).SingleAsync(i => i.ProjectId == id));
        Assert.Equal("Доля детей, охваченных дополнительным образованием, %", indicator.Name);
        Assert.Equal("%", indicator.Unit);
        Assert.True(indicator.UnitInName);
        Assert.Equal(IndicatorType.Additional, indicator.Type);
        Assert.Equal("71%", indicator.BaselineText);
        Assert.Equal(71m, indicator.Baseline);
        Assert.Equal(new DateOnly(2019, 1, 1), indicator.BaselineDate);
        Assert.Equal(
            [(2019, "73%", 73m), (2020, "0,532", 0.532m), (2021, "Не менее 5", 5m), (2022, "-", null)],
            indicator.Values.OrderBy(v => v.Year).Select(v => (v.Year, v.PlannedText, v.Planned)).ToList());
        Assert.Equal(LongFormula, indicator.MethodFormula);
        Assert.Equal("Фдод=73", indicator.MethodBaseIndicators);
        Assert.Equal("Форма №1-ДОП", indicator.DataSource);
        Assert.Equal("Управление образования", indicator.Collector);
        Assert.Equal("По муниципальному образованию", indicator.AggregationLevel);
        Assert.Equal("1 раз в год", indicator.Periodicity);
        Assert.Equal("Нарастающим итогом", indicator.AdditionalInfo);

        var page = await leader.GetPageAsync(url);
        Assert.Equal("01.01.2019", ValueOf(page, "Indicators[0].BaselineDate"));
        Assert.Equal("Не менее 5", ValueOf(page, "Indicators[0].Values[2021]"));
        Assert.Equal("", ValueOf(page, "Indicators[0].Values[2023]"));
        Assert.Equal("Additional", ValueOf(page, "Indicators[0].Type"));
    }

    [Fact]
    public async Task Breakdown_by_organisation_and_actual_values_are_saved()
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) =>
            project.Indicators.Add(new Indicator { Name = "Доля детей", Unit = "%" }));
        var indicatorId = await portal.WithDbAsync(db => db.Indicators.Where(i => i.ProjectId == id).Select(i => i.Id).SingleAsync());
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/indicators/{indicatorId}";
        var fields = await FormFieldsAsync(leader, url);
        fields["command"] = "add";
        fields = FormFields(await PortalClient.ParseAsync(await leader.PostFormAsync(url, fields)));
        fields["command"] = "add-actual";
        fields = FormFields(await PortalClient.ParseAsync(await leader.PostFormAsync(url, fields)));

        fields["Rows[0].Organisation"] = "Учреждения дополнительного образования";
        fields["Rows[0].BaselineText"] = "71";
        fields["Rows[0].BaselineDate"] = "2018-01-01";
        fields["Rows[0].Values[2019]"] = "73%";
        fields["Rows[0].Values[2024]"] = "Не менее 80";
        fields["Actuals[0].Year"] = "2019";
        fields["Actuals[0].ValueText"] = "72,5%";
        fields["Actuals[0].ReportedOn"] = "30.03.2020";
        fields["Actuals[0].Comment"] = "По форме 1-ДОП";
        fields["command"] = "save";
        var saved = await leader.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var indicator = await portal.WithDbAsync(db => db.Indicators.Include(i => i.Breakdown).ThenInclude(b => b.Values).Include(i => i.Actuals)
            .SingleAsync(i => i.Id == indicatorId));
        var row = Assert.Single(indicator.Breakdown);
        Assert.Equal("Учреждения дополнительного образования", row.Organisation);
        Assert.Equal(("71", 71m, new DateOnly(2018, 1, 1)), (row.BaselineText, row.Baseline, row.BaselineDate));
        Assert.Equal([(2019, "73%", 73m), (2024, "Не менее 80", 80m)],
            row.Values.OrderBy(v => v.Year).Select(v => (v.Year, v.Text, v.Value)).ToList());
        var actual = Assert.Single(indicator.Actuals);
        Assert.Equal((2019, "72,5%", 72.5m, new DateOnly(2020, 3, 30), "По форме 1-ДОП"),
            (actual.Year, actual.ValueText, actual.Value, actual.ReportedOn, actual.Comment));
        var page = await leader.GetPageAsync(url);
        Assert.Equal("01.01.2018", ValueOf(page, "Rows[0].BaselineDate"));
    }

    [Fact]
    public async Task An_impossible_baseline_date_is_refused_and_nothing_is_saved()
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) =>
            project.Indicators.Add(new Indicator { Name = "Число детей", BaselineText = "100", Baseline = 100 }));
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/indicators";
        var fields = await FormFieldsAsync(leader, url);
        fields["Indicators[0].Name"] = "Число детей (новое)";
        fields["Indicators[0].BaselineDate"] = "31.06.2021";
        fields["command"] = "save";

        var response = await leader.PostFormAsync(url, fields);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Такой даты нет: 31.06.2021.", ErrorNextTo(page, "Indicators[0].BaselineDate"));
        Assert.Equal("31.06.2021", ValueOf(page, "Indicators[0].BaselineDate"));
        Assert.Equal("Число детей (новое)", ValueOf(page, "Indicators[0].Name"));
        var stored = await portal.WithDbAsync(db => db.Indicators.SingleAsync(i => i.ProjectId == id));
        Assert.Equal(("Число детей", (DateOnly?)null), (stored.Name, stored.BaselineDate));
    }

    [Fact]
    public async Task A_missing_name_and_an_overlong_value_are_refused_next_to_their_fields()
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) =>
            project.Indicators.Add(new Indicator { Name = "Число детей" }));
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/indicators";
        var fields = await FormFieldsAsync(leader, url);
        fields["Indicators[0].Name"] = "";
        fields["Indicators[0].Values[2020]"] = new string('5', 101);
        fields["command"] = "save";

        var page = await PortalClient.ParseAsync(await leader.PostFormAsync(url, fields));

        Assert.Equal("Введите наименование показателя.", ErrorNextTo(page, "Indicators[0].Name"));
        Assert.Equal("Не более 100 символов.", ErrorNextTo(page, "Indicators[0].Values[2020]"));
        Assert.Equal(new string('5', 101), ValueOf(page, "Indicators[0].Values[2020]"));
        Assert.False(await portal.WithDbAsync(db => db.IndicatorValues.AnyAsync(v => v.Year == 2020 && v.PlannedText!.StartsWith("555"))));
    }

    [Fact]
    public async Task Clearing_a_year_deletes_its_value_and_keeps_the_others()
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) => project.Indicators.Add(new Indicator
        {
            Name = "Число детей",
            Values = [new IndicatorValue { Year = 2019, PlannedText = "10", Planned = 10 }, new IndicatorValue { Year = 2020, PlannedText = "20", Planned = 20 }],
        }));
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/indicators";
        var fields = await FormFieldsAsync(leader, url);
        fields["Indicators[0].Values[2019]"] = "";
        fields["Indicators[0].Values[2020]"] = "Не менее 25";
        fields["command"] = "save";

        await leader.PostFormAsync(url, fields);

        var values = await portal.WithDbAsync(db => db.IndicatorValues.Where(v => db.Indicators.Any(i => i.Id == v.IndicatorId && i.ProjectId == id)).ToListAsync());
        var value = Assert.Single(values);
        Assert.Equal((2020, "Не менее 25", 25m), (value.Year, value.PlannedText, value.Planned));
    }

    [Theory]
    [InlineData("methodist")]
    [InlineData("viewer")]
    public async Task Methodist_and_viewer_cannot_edit_indicators(string userName)
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) =>
            project.Indicators.Add(new Indicator { Name = "Исходный показатель" }));
        var indicatorId = await portal.WithDbAsync(db => db.Indicators.Where(i => i.ProjectId == id).Select(i => i.Id).SingleAsync());
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));

        using var list = await client.Http.GetAsync(new Uri($"/projects/{id}/edit/indicators", UriKind.Relative));
        using var details = await client.Http.GetAsync(new Uri($"/projects/{id}/edit/indicators/{indicatorId}", UriKind.Relative));
        var forged = await client.PostFormAsync($"/projects/{id}/edit/indicators",
            new() { ["Version"] = "0", ["Indicators[0].Id"] = $"{indicatorId}", ["Indicators[0].Name"] = "Подмена", ["command"] = "save" }, formPage: "/");
        var forgedRow = await client.PostFormAsync($"/projects/{id}/edit/indicators/{indicatorId}",
            new() { ["Version"] = "0", ["Rows[0].Organisation"] = "Подмена", ["command"] = "save" }, formPage: "/");

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { list.StatusCode, details.StatusCode, forged.StatusCode, forgedRow.StatusCode });
        Assert.Equal("Исходный показатель", await portal.WithDbAsync(db => db.Indicators.Where(i => i.Id == indicatorId).Select(i => i.Name).SingleAsync()));
        Assert.False(await portal.WithDbAsync(db => db.IndicatorBreakdowns.AnyAsync(b => b.IndicatorId == indicatorId)));
    }
}
