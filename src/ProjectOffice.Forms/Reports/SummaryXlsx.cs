using ClosedXML.Excel;
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
        sheet.Range(header, 1, header, last).Grid();
        var first = header + 1;
        var row = first;
        foreach (var (item, index) in data.Rows.Select((item, index) => (item, index)))
        {
            // The first row is styled cell by cell (wrapped text, borders); the others take its cells' styles whole,
            // one style change per cell instead of five: a summary of 1,000 projects spent half its time restyling.
            if (row > first)
            {
                for (var column = 1; column <= last; column++)
                {
                    sheet.Cell(row, column).Style = sheet.Cell(first, column).Style;
                }
            }

            IXLCell Text(int column, string text) => row == first ? sheet.Cell(row, column).SetText(text) : sheet.Cell(row, column).SetValue(text);
            sheet.Cell(row, 1).SetNumber(index + 1);
            Text(2, item.Name);
            Text(3, item.Curator ?? "");
            Text(4, item.Organisation ?? "");
            Text(5, item.Status);
            Text(6, ReportCaptions.Light(item.EventsLight));
            sheet.Cell(row, 7).SetNumber(item.LateCount);
            Percent(sheet.Cell(row, 8), item.IndicatorPercent);
            Percent(sheet.Cell(row, 9), item.BudgetPercent);
            Text(10, item.ReportStatusLabel);
            if (row == first)
            {
                sheet.Range(row, 1, row, last).Grid();
            }

            row++;
        }

        sheet.Merge(row + 1, 1, last, data.RuleText).Style.Font.Italic = true;
        sheet.FitHeight(row + 1, (data.RuleText, sheet.Width(1, last)));
        return workbook.ToBytes();
    }

    private static void Percent(IXLCell cell, decimal? value)
    {
        if (value is { } percent)
        {
            cell.SetNumber(percent);
        }
    }
}
