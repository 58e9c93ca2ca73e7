using AngleSharp;
using ClosedXML.Excel;
using ProjectOffice.Forms.Plan;

using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Forms;

[Trait(TestCategory.Name, TestCategory.Printing)]
public sealed class PlanFormRenderingTests(PrinterFixture fixture) : IClassFixture<PrinterFixture>
{
    [Fact]
    public async Task A_plan_with_values_per_year_prints_a_column_per_year()
    {
        var html = await fixture.Renderer.RenderAsync<MunicipalPlanForm>(
            new Dictionary<string, object> { [nameof(MunicipalPlanForm.Data)] = PlanByYears() });

        var page = await BrowsingContext.New().OpenAsync(r => r.Content(html));
        var header = page.QuerySelectorAll("table.plan thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["2026", "2027", "2028"], header.TakeLast(3));
        Assert.Equal("3", page.QuerySelectorAll("table.plan thead th").Single(th => th.TextContent == "Плановое значение").GetAttribute("colspan"));
        var rows = page.QuerySelectorAll("table.plan tbody tr").ToList();
        Assert.Equal(["10", "", "Не менее 12"], rows[0].QuerySelectorAll("td.value").Select(td => td.TextContent));
        // An item planned as a whole spans the year columns.
        Assert.Equal("3", rows[1].QuerySelector("td.value")!.GetAttribute("colspan"));
    }

    [Fact]
    public void A_plan_with_values_per_year_has_year_columns_in_its_workbook()
    {
        using var workbook = new XLWorkbook(new MemoryStream(PlanXlsx.Write(PlanByYears())));

        var sheet = workbook.Worksheet(1);
        var year = sheet.CellsUsed().First(c => c.GetString() == "2027");
        Assert.Equal(XLDataType.Number, year.DataType);
        var first = sheet.CellsUsed().First(c => c.GetString() == "1.").Address.RowNumber;
        Assert.Equal(10, sheet.Cell(first, year.Address.ColumnNumber - 1).GetDouble());
        Assert.Equal("Не менее 12", sheet.Cell(first, year.Address.ColumnNumber + 1).GetString());
        Assert.Equal(year.Address.RowNumber, sheet.PageSetup.LastRowToRepeatAtTop);
    }

    private static PlanFormData PlanByYears() => new()
    {
        ProjectName = "По годам",
        National = false,
        IsDraft = true,
        LevelGenitive = "муниципального проекта",
        Years = [2026, 2027, 2028],
        Rows =
        [
            new PlanFormRow { Kind = PlanFormRowKind.Event, Number = "1.", Name = "Ежегодный конкурс", YearValues = ["10", "", "Не менее 12"] },
            new PlanFormRow { Kind = PlanFormRowKind.Event, Number = "2.", Name = "Отчет", PlannedValue = "1", YearValues = ["", "", ""] },
        ],
        TopSignatures = [],
        BottomSignatures = [],
    };
}
