using System.Text.RegularExpressions;
using ClosedXML.Excel;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Budget;
using ProjectOffice.Forms.Layout;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.Passport;

/// <summary>
/// «Паспорт проекта» as a workbook, in the order and with the captions of the printed form: money and plain numbers as
/// numbers, phrases («73%», «Не менее 5», «-») as the typed text, dates as dates.
/// </summary>
public static partial class PassportXlsx
{
    // Excel refuses rows taller than 409 points; longer texts still show whole in the cell when it is opened.
    private const double MaxRowHeight = 409;

    public static byte[] Write(PassportFormData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var workbook = FormWorkbook.Create();
        if (data.Municipal is { } municipal)
        {
            MunicipalPassportXlsx.Write(workbook, data, municipal);
        }
        else if (data.National is { } national)
        {
            NationalPassportXlsx.Write(workbook, data, national);
        }

        // Each cell keeps its own text (an inline string) instead of a reference into the shared-string table, so a
        // text printed in many rows («Участник муниципального проекта») is in the file as often as on the paper.
        foreach (var cell in workbook.Worksheets.SelectMany(sheet => sheet.CellsUsed()))
        {
            cell.ShareString = false;
        }

        return workbook.ToBytes();
    }

    /// <summary>«ПРОЕКТ» in a framed cell at the top right of a draft; returns the next free row.</summary>
    internal static int WriteDraftMark(IXLWorksheet sheet, int row, int lastColumn, bool isDraft)
    {
        if (!isDraft)
        {
            return row;
        }

        var stamp = sheet.Cell(row, lastColumn).SetText("ПРОЕКТ");
        stamp.Style.Font.Bold = true;
        stamp.Style.Border.OutsideBorder = XLBorderStyleValues.Medium;
        stamp.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        return row + 2;
    }

    /// <summary>Signature blocks: СОГЛАСОВАНО left, УТВЕРЖДАЮ right (also when it is alone, as on paper); returns the next free row.</summary>
    internal static int WriteSignatures(IXLWorksheet sheet, int row, IReadOnlyList<SignatureData> signatures, (int From, int To) left, (int From, int To) right)
    {
        if (signatures.Count == 0)
        {
            return row;
        }

        (int, int)[] places = signatures is [{ Kind: SignatureKind.Approved }] ? [right] : [left, right];
        return sheet.WriteSignatures(row, signatures, places) + 1;
    }

    /// <summary>«Руководитель проекта», the position over «(должность)», the name over «(подпись, Ф.И.О.)».</summary>
    internal static int WriteLeaderSignature(IXLWorksheet sheet, int row, SignatureData signature, (int From, int To) position, (int From, int To) name)
    {
        sheet.Merge(row, position.From, name.To, signature.Title).Style.Font.Bold = true;
        row++;
        var positionText = signature.Organisation is null ? signature.Position : signature.Position + "\n" + signature.Organisation;
        var positionRange = sheet.Merge(row, position.From, position.To, positionText);
        positionRange.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        var nameRange = sheet.Merge(row, name.From, name.To, signature.Name);
        nameRange.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        nameRange.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        nameRange.Style.Alignment.Vertical = XLAlignmentVerticalValues.Bottom;
        FitHeight(sheet, row, (positionText, sheet.Width(position.From, position.To)), (signature.Name, sheet.Width(name.From, name.To)));
        row++;
        var captions = new[] { sheet.Merge(row, position.From, position.To, "(должность)"), sheet.Merge(row, name.From, name.To, "(подпись, Ф.И.О.)") };
        foreach (var caption in captions)
        {
            caption.Style.Font.FontSize = 8;
            caption.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        }

        return row + 2;
    }

    /// <summary>A value as typed: a plain number («600», «0,532», «29 310,220») is stored as a number, anything else as text.</summary>
    internal static IXLCell SetPhrase(this IXLCell cell, string? text)
    {
        if (text is not null && PlainNumber().IsMatch(text.Trim()) && NumberPhrase.Parse(text) is { } value)
        {
            return cell.SetNumber(value);
        }

        return cell.SetText(text ?? "");
    }

    /// <summary>A money cell: its number when it holds one (typed or computed), else its text («-», several values).</summary>
    internal static IXLCell SetMoney(this IXLCell cell, BudgetFormCell money) =>
        money.Value is { } value ? cell.SetNumber(value) : cell.SetText(money.Text);

    internal static string Text(IEnumerable<PassportParagraph> paragraphs) => string.Join("\n", paragraphs.Select(p => p.PlainText));

    internal static string Text(IEnumerable<RichTextBlock> blocks) =>
        string.Join("\n", blocks.Select(b => b.Paragraph ?? string.Join("\n", b.Items.Select(i => "- " + i))));

    /// <summary>The row tall enough for its texts, within what Excel allows.</summary>
    internal static void FitHeight(IXLWorksheet sheet, int row, params (string Text, double Width)[] cells)
    {
        sheet.FitHeight(row, cells);
        if (sheet.Row(row).Height > MaxRowHeight)
        {
            sheet.Row(row).Height = MaxRowHeight;
        }
    }

    internal static void Bold(this IXLRange range) => range.Style.Font.Bold = true;

    [GeneratedRegex(@"^-?(\d{1,3}([ \u00a0]\d{3})+|\d+)([.,]\d+)?$")]
    private static partial Regex PlainNumber();
}
