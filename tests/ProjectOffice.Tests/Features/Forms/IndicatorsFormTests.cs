using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Forms;

/// <summary>
/// «Показатели проекта» of a municipal project (whose passport has no place for indicators) imported with the shapes
/// offices bring: values «на 01.01.2025» over each year, a cumulative indicator, a value typed for another period, a
/// footnote on an indicator and one on a caption; the form prints them in PDF and XLSX, after them the plan's results.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Printing)]
[Collection(Portals.Forms)]
public sealed class IndicatorsFormTests(PortalFactory portal)
{
    private const string Share = "Доля выпускников, поступивших на инженерные специальности";
    private const string Campers = "Число участников инженерных смен";

    [Fact]
    public async Task Pdf_prints_periods_as_typed_the_cumulative_mark_and_footnotes_below_the_tables_in_order()
    {
        var id = await ProjectAsync();

        var pdf = await DownloadAsync($"/projects/{id}/forms/indicators.pdf");

        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        // pdftotext reads a table a block of columns at a time: names and types, then the values, then the marks.
        string[] inOrder =
        [
            "ПОКАЗАТЕЛИ муниципального проекта «Показатели по периодам»",
            "Цель: Создание единого образовательного пространства",
            $"1. {Share}, % Основной",
            $"2. {Campers}, человек¹ Дополнительный",
            "Период, год ²",
            "на 01.01.2025 на 01.01.2026 2027",
            "12 1 января 2025 г. 15 18 20 (2027 год) 120 300 450",
            "Нарастающим итогом да",
            "Результаты мероприятий плана",
            "1 этап. Подготовительный",
            "1. Проведение совещания с участием руководителей",
            "Количество проведенных совещаний, ед.",
            "20. Подготовка презентации результатов",
            "¹ По данным мониторинга департамента образования.",
            "² Значения на начало года.",
        ];
        var at = 0;
        foreach (var part in inOrder)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"«{part}» is missing after position {at} in: {text}");
            at = found + part.Length;
        }
    }

    [Fact]
    public async Task Xlsx_has_the_same_columns_numbers_as_numbers_and_the_plan_results_on_their_own_sheet()
    {
        var id = await ProjectAsync();

        var xlsx = await DownloadAsync($"/projects/{id}/forms/indicators.xlsx");

        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        Assert.Equal(["Показатели проекта", "Результаты мероприятий"], workbook.Worksheets.Select(s => s.Name));
        var sheet = workbook.Worksheet("Показатели проекта");
        var period = Find(sheet, "на 01.01.2025");
        var campers = Find(sheet, $"{Campers}, человек ¹").Address.RowNumber;
        var share = Find(sheet, $"{Share}, %").Address.RowNumber;
        Assert.Equal(120, sheet.Cell(campers, period.Address.ColumnNumber).GetDouble());
        Assert.Equal("на 01.01.2026", sheet.Cell(period.Address.RowNumber, period.Address.ColumnNumber + 1).GetString());
        Assert.Equal("20 (2027 год)", sheet.Cell(share, period.Address.ColumnNumber + 2).GetString());
        Assert.Equal("1 января 2025 г.", sheet.Cell(share, 5).GetString());
        var cumulative = Find(sheet, "Нарастающим итогом").Address.ColumnNumber;
        Assert.Equal("да", sheet.Cell(campers, cumulative).GetString());
        Assert.Equal("", sheet.Cell(share, cumulative).GetString());
        Assert.Equal("Период, год ²", Find(sheet, "Период, год ²").GetString());
        Assert.True(Find(sheet, "¹ По данным мониторинга департамента образования.").Address.RowNumber > campers);
        var plan = workbook.Worksheet("Результаты мероприятий");
        var meeting = Find(plan, "Количество проведенных совещаний, ед.").Address.RowNumber;
        Assert.Equal("1.", plan.Cell(meeting, 1).GetString());
        Assert.Equal(XLDataType.Number, plan.Cell(meeting, 5).DataType);
        Assert.Equal(3, plan.Cell(meeting, 5).GetDouble());
    }

    [Fact]
    public async Task The_forms_tab_offers_it_with_a_preview_and_the_export_keeps_what_it_prints()
    {
        var id = await ProjectAsync();
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var tab = await office.GetPageAsync($"/projects/{id}/forms");
        var preview = await office.GetPageAsync($"/projects/{id}/forms/indicators");
        var exported = JsonNode.Parse(await office.Http.GetStringAsync(new Uri($"/api/projects/{id}/export", UriKind.Relative)))!;

        var row = tab.QuerySelector("[data-form='indicators']");
        Assert.NotNull(row);
        Assert.Contains("Показатели проекта", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/projects/{id}/forms/indicators.pdf", preview.QuerySelector("[data-testid=print-toolbar] a.primary")?.GetAttribute("href"));
        Assert.Contains("на 01.01.2026", preview.QuerySelector("table.indicators thead")?.TextContent, StringComparison.Ordinal);
        var indicators = exported["project"]!["indicators"]!.AsArray();
        var campers = indicators.Single(i => i!["name"]!.GetValue<string>() == Campers)!;
        Assert.True(campers["cumulative"]!.GetValue<bool>());
        Assert.Equal("на 01.01.2025", campers["values"]![0]!["periodText"]!.GetValue<string>());
        var footnote = exported["project"]!["footnotes"]!.AsArray().Single(f => f!["form"]!.GetValue<string>() == "indicators" && f["indicator"] is not null)!;
        Assert.Equal(campers["key"]!.GetValue<string>(), footnote["indicator"]!.GetValue<string>());
    }

    // The municipal demo project under another name, with indicators and footnotes of the form added; imported once
    // per portal through the import API, as the office would.
    private Task<int> ProjectAsync() => portal.ArrangeOnceAsync(nameof(IndicatorsFormTests), async () =>
    {
        using var reader = new StreamReader(DemoProjectSeeder.OpenDemoFile("engineering-cluster.json"));
        var document = JsonNode.Parse(await reader.ReadToEndAsync())!;
        var project = document["project"]!;
        project["name"] = "Показатели по периодам";
        project["indicators"] = JsonNode.Parse($$"""
            [
              {"key": "share", "type": "main", "name": "{{Share}}", "unit": "%",
               "baseline": {"value": "12", "date": "2025-01-01"},
               "values": [
                 {"year": 2025, "value": "15", "periodText": "на 01.01.2025"},
                 {"year": 2026, "value": "18", "periodText": "на 01.01.2026"},
                 {"year": 2027, "value": "20", "periodText": "2027 год"}]},
              {"key": "campers", "type": "additional", "name": "{{Campers}}", "unit": "человек", "cumulative": true,
               "values": [
                 {"year": 2025, "value": "120", "periodText": "на 01.01.2025"},
                 {"year": 2026, "value": "300", "periodText": "на 01.01.2026"},
                 {"year": 2027, "value": "450"}]}
            ]
            """);
        var footnotes = project["footnotes"] as JsonArray ?? [];
        footnotes.Add(JsonNode.Parse("""{"form": "indicators", "marker": "¹", "text": "По данным мониторинга департамента образования.", "indicator": "campers"}"""));
        footnotes.Add(JsonNode.Parse("""{"form": "indicators", "marker": "²", "text": "Значения на начало года.", "caption": "Период, год"}"""));
        project["footnotes"] = footnotes;

        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var content = new StringContent(document.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await office.Http.PostAsync(new Uri("/api/projects/import", UriKind.Relative), content);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
    });

    private async Task<byte[]> DownloadAsync(string url)
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var response = await office.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static IXLCell Find(IXLWorksheet sheet, string text) =>
        sheet.CellsUsed().FirstOrDefault(c => c.GetString() == text) ?? throw new Xunit.Sdk.XunitException($"No cell «{text}» on {sheet.Name}.");
}
