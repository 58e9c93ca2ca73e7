using ClosedXML.Excel;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.Budget;

/// <summary>«Бюджет проекта» as a workbook: the same rows and captions as the printed form, amounts as numbers.</summary>
public static class BudgetXlsx
{
    private const double NumberWidth = 7;
    private const double NameWidth = 52;
    private const double AmountWidth = 17;

    public static byte[] Write(BudgetFormData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var workbook = FormWorkbook.Create();
        var amountColumns = data.Sources.Count + 1;
        var last = 2 + amountColumns;
        var sheet = workbook.AddFormSheet("Бюджет проекта", landscape: true,
            [NumberWidth, NameWidth, .. Enumerable.Repeat(AmountWidth, amountColumns)]);

        var row = data.IsDraft ? sheet.WriteDraftStamp(1, last) : 1;

        if (data.TopSignatures.Count > 0)
        {
            row = sheet.WriteSignatures(row, data.TopSignatures, (1, 2), (3, last)) + 1;
        }

        sheet.Merge(row, 1, last, "БЮДЖЕТ").Centered().Style.Font.Bold = true;
        sheet.Merge(row + 1, 1, last, $"проекта «{data.ProjectName}»").Centered().Style.Font.Bold = true;
        row += 3;

        var header = row;
        sheet.Merge(header, 1, 1, "№ п/п", rowSpan: 2);
        sheet.Merge(header, 2, 2, data.RowCaption, rowSpan: 2);
        sheet.Merge(header, 3, last, data.AmountsCaption);
        sheet.Cell(header + 1, 3).SetText(PassportCaptions.StageBudgetTotal);
        for (var i = 0; i < data.Sources.Count; i++)
        {
            sheet.Cell(header + 1, 4 + i).SetText(data.Sources[i]);
        }

        sheet.Range(header, 1, header + 1, last).Centered();
        sheet.FitHeight(header + 1, [(PassportCaptions.StageBudgetTotal, AmountWidth), .. data.Sources.Select(s => (s, AmountWidth))]);
        sheet.PageSetup.SetRowsToRepeatAtTop(header, header + 1);
        row = header + 2;

        WriteRow(sheet, row++, data.Total);
        sheet.Merge(row, 2, last, data.BreakdownCaption).Style.Font.Italic = true;
        row++;
        foreach (var stage in data.Rows)
        {
            WriteRow(sheet, row++, stage);
        }

        sheet.Range(header, 1, row - 1, last).Grid();

        if (data.BottomSignatures.Count > 0)
        {
            sheet.WriteSignatures(row + 1, data.BottomSignatures, (1, 2), (3, last));
        }

        return workbook.ToBytes();
    }

    private static void WriteRow(IXLWorksheet sheet, int row, BudgetFormRow data)
    {
        sheet.Cell(row, 1).SetValue(data.Number).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        sheet.Cell(row, 2).SetText(data.Name);
        for (var i = 0; i < data.Cells.Count; i++)
        {
            sheet.Cell(row, 3 + i).SetMoney(data.Cells[i]).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        }

        sheet.FitHeight(row, [(data.Name, NameWidth), .. data.Cells.Select(c => (c.Text, AmountWidth))]);
    }
}
