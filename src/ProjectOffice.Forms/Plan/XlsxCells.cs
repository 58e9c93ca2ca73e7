using System.Text.RegularExpressions;
using ClosedXML.Excel;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.Plan;

/// <summary>Cells of the plan-like workbooks: typed values stay as typed unless the whole text is one number.</summary>
public static partial class XlsxCells
{
    /// <summary>«3», «0,532», «29 310,220» become numbers; «Не менее 5», «73%», «-» stay text, as typed.</summary>
    public static IXLCell SetPhrase(this IXLCell cell, string? text)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (IsPlainNumber(text) && NumberPhrase.Parse(text) is { } value)
        {
            return cell.SetNumber(value);
        }

        return cell.SetText(text ?? "");
    }

    /// <summary>True when the whole text is one number as people type it («3», «0,532», «29 310,220»): such a cell is written as a number.</summary>
    public static bool IsPlainNumber(string? text) => text is not null && PlainNumber().IsMatch(text.Trim());

    /// <summary>
    /// A date cell as the paper prints it. Stored as that text (01.02.2020, 31.06.2021, «01.01.2019 (далее ежегодно)»)
    /// rather than as an Excel date: a date cell keeps only a serial number, and the file must carry the form's
    /// dates as written, impossible ones and phrases included.
    /// </summary>
    public static IXLCell SetPrintedDate(this IXLCell cell, PrintedDate? date)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell.SetText(date?.Text ?? "");
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        return cell;
    }

    /// <summary>
    /// Stores every text in its own cell (inline) instead of Excel's shared-string table, where a text repeated in
    /// many rows («Управление образования», an executor of twenty events) is kept once: whatever reads the sheet's
    /// cells finds each occurrence where the paper has it.
    /// </summary>
    public static XLWorkbook WithInlineText(this XLWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        foreach (var cell in workbook.Worksheets.SelectMany(s => s.CellsUsed()))
        {
            cell.ShareString = false;
        }

        return workbook;
    }

    /// <summary>A bold caption across columns: form titles, table headings.</summary>
    public static IXLRange Bold(this IXLRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        range.Style.Font.Bold = true;
        return range;
    }

    /// <summary>The «ПРОЕКТ» stamp of a draft in the top right cell; returns the next free row.</summary>
    public static int WriteDraftStamp(this IXLWorksheet sheet, int row, int column)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var stamp = sheet.Cell(row, column).SetText("ПРОЕКТ");
        stamp.Style.Font.Bold = true;
        stamp.Style.Border.OutsideBorder = XLBorderStyleValues.Medium;
        stamp.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        return row + 2;
    }

    [GeneratedRegex(@"^-?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?$|^-?\d+(?:,\d+)?$")]
    private static partial Regex PlainNumber();
}
