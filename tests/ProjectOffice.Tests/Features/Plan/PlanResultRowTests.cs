using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Plan;

/// <summary>
/// A development plan's row whose name is its result: a unit and a planned value per year on the row itself, no named
/// result indicator. Entered through the plan editor, exported, imported as a new project and printed, it reads back
/// with its name once and its unit and values in their columns, and without the executor column no row fills.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Printing)]
[Collection(Portals.Plan)]
public sealed class PlanResultRowTests(PortalFactory portal)
{
    private const string Row = "Количество выпускников, поступивших в технические вузы";

    [Fact]
    public async Task A_row_with_its_own_unit_and_yearly_values_goes_through_editor_export_import_and_print()
    {
        var (id, items) = await TestPlans.MunicipalAsync(portal, "Результат в строке " + Guid.NewGuid().ToString("N")[..6]);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        using var saved = await leader.PostFormAsync($"/projects/{id}/plan/new", new()
        {
            ["Form.Kind"] = "Event",
            ["Form.ParentId"] = Text(items["stage1"]),
            ["Form.Version"] = (await TestPlans.VersionAsync(portal, id)).ToString(CultureInfo.InvariantCulture),
            ["Form.Name"] = Row,
            ["Form.Start"] = "01.09.2026",
            ["Form.End"] = "31.12.2026",
            ["Form.IndicatorUnit"] = "чел.",
            ["Form.YearValues[0].Year"] = "2026",
            ["Form.YearValues[0].Text"] = "45",
            ["Form.YearValues[1].Year"] = "2027",
            ["Form.YearValues[1].Text"] = "Не менее 60",
            ["Form.Command"] = "save",
        }, formPage: $"/projects/{id}/plan/new?parentId={items["stage1"]}&kind=Event");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var exported = JsonNode.Parse(await office.Http.GetStringAsync(new Uri($"/api/projects/{id}/export", UriKind.Relative)))!;
        var row = exported["project"]!["plan"]!["items"]![0]!["children"]!.AsArray().Single(i => i!["name"]?.GetValue<string>() == Row)!;
        Assert.Null(row["resultIndicator"]);
        Assert.Equal("чел.", row["unit"]!.GetValue<string>());
        Assert.Equal(["45", "Не менее 60"], row["values"]!.AsArray().Select(v => v!["value"]!.GetValue<string>()));

        var copy = await TestPlans.ImportCopyAsync(office, exported);

        using var pdf = await office.Http.GetAsync(new Uri($"/projects/{copy}/forms/plan.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = PdfText.Collapse(await PdfText.ReadAsync(await pdf.Content.ReadAsByteArrayAsync(), layout: true));
        // The name prints once: the unit stands alone in «Наименование, единица измерения».
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Количество выпускников"));
        Assert.Contains("единица измерения", text, StringComparison.Ordinal);
        // No row names an executor: the plan prints no always-empty executor column.
        Assert.DoesNotContain("ФИО", text, StringComparison.Ordinal);
        // Read by lines: the row's first line carries its number, dates, unit and values; its name and «Не менее 60» wrap below.
        string[] inOrder =
        [
            "2026 2027", "1 этап. Подготовительный", "4. Количество выпускников,", "01.09.2026 31.12.2026 чел. 45 Не", "60", "2 этап. Основной",
        ];
        PdfText.AssertInOrder(text, inOrder);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
