using System.Text.RegularExpressions;
using ClosedXML.Excel;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Budget;
using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Forms.Xlsx;

/// <summary>Cells every form writes alike: values as typed, money, printed dates, the draft stamp.</summary>
public static partial class XlsxCells
{
    /// <summary>
    /// A value as typed: a plain number («3», «0,532», «29 310,220») is stored as a number; «Не менее 5», «73%», «-»
    /// stay text, as typed.
    /// </summary>
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

    /// <summary>A money cell: its number when it holds one (typed or computed), else its text («-», several values).</summary>
    public static IXLCell SetMoney(this IXLCell cell, BudgetFormCell money)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(money);
        return money.Value is { } value ? cell.SetNumber(value) : cell.SetText(money.Text);
    }

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

    /// <summary>A bold caption across columns: form titles, table headings.</summary>
    public static IXLRange Bold(this IXLRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        range.Style.Font.Bold = true;
        return range;
    }

    /// <summary>The «ПРОЕКТ» stamp of a draft in a framed cell (the top right one of a form); returns the next free row.</summary>
    public static int WriteDraftStamp(this IXLWorksheet sheet, int row, int column)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var stamp = sheet.Cell(row, column).SetText("ПРОЕКТ");
        stamp.Style.Font.Bold = true;
        stamp.Style.Border.OutsideBorder = XLBorderStyleValues.Medium;
        stamp.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        return row + 2;
    }

    [GeneratedRegex(@"^-?(\d{1,3}([ \u00a0]\d{3})+|\d+)([.,]\d+)?$")]
    private static partial Regex PlainNumber();
}
