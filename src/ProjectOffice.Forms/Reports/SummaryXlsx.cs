using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.Reports;

/// <summary>The office summary (and the portfolio's export) as a workbook: the printed table's captions and rows.</summary>
public static class SummaryXlsx
{
    private static readonly double[] Widths = [7, 40, 22, 24, 16, 14, 11, 16, 18, 18];

    public static byte[] Write(SummaryDocument data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var last = Widths.Length;
        using var workbook = FormWorkbook.Create();
        var sheet = workbook.AddFormSheet("Сводный отчет", landscape: true, Widths);
        sheet.Merge(1, 1, last, SummaryDocument.FormTitle).Centered().Bold();
        sheet.Merge(2, 1, last, $"за {data.PeriodLabel}").Centered().Bold();
        const int header = 4;
        for (var i = 0; i < SummaryDocument.Columns.Count; i++)
        {
            sheet.Cell(header, i + 1).SetText(SummaryDocument.Columns[i]);
        }

        sheet.Range(header, 1, header, last).Centered().Bold();
        sheet.FitHeight(header, SummaryDocument.Columns.Select((c, i) => (c, Widths[i])).ToArray());
        sheet.PageSetup.SetRowsToRepeatAtTop(header, header);
        var row = header + 1;
        foreach (var (item, index) in data.Rows.Select((item, index) => (item, index)))
        {
            sheet.Cell(row, 1).SetNumber(index + 1);
            sheet.Cell(row, 2).SetText(item.Name);
            sheet.Cell(row, 3).SetText(item.Curator ?? "");
            sheet.Cell(row, 4).SetText(item.Organisation ?? "");
            sheet.Cell(row, 5).SetText(item.Status);
            sheet.Cell(row, 6).SetText(ReportCaptions.Light(item.EventsLight));
            sheet.Cell(row, 7).SetNumber(item.LateCount);
            Percent(sheet.Cell(row, 8), item.IndicatorPercent);
            Percent(sheet.Cell(row, 9), item.BudgetPercent);
            sheet.Cell(row, 10).SetText(item.ReportStatusLabel);
            row++;
        }

        sheet.Range(header, 1, row - 1, last).Grid();
        sheet.Merge(row + 1, 1, last, data.RuleText).Style.Font.Italic = true;
        sheet.FitHeight(row + 1, (data.RuleText, sheet.Width(1, last)));
        return workbook.ToBytes();
    }

    private static void Percent(ClosedXML.Excel.IXLCell cell, decimal? value)
    {
        if (value is { } percent)
        {
            cell.SetNumber(percent);
        }
    }
}
