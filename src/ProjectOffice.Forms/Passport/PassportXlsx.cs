using ClosedXML.Excel;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Layout;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.Passport;

/// <summary>
/// «Паспорт проекта» as a workbook, in the order and with the captions of the printed form: money and plain numbers as
/// numbers, phrases («73%», «Не менее 5», «-») as the typed text, dates as dates.
/// </summary>
public static class PassportXlsx
{
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

        return workbook.ToBytes();
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
        sheet.FitHeight(row, (positionText, sheet.Width(position.From, position.To)), (signature.Name, sheet.Width(name.From, name.To)));
        row++;
        var captions = new[] { sheet.Merge(row, position.From, position.To, "(должность)"), sheet.Merge(row, name.From, name.To, "(подпись, Ф.И.О.)") };
        foreach (var caption in captions)
        {
            caption.Style.Font.FontSize = 8;
            caption.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        }

        return row + 2;
    }

    internal static string Text(IEnumerable<PassportParagraph> paragraphs) => string.Join("\n", paragraphs.Select(p => p.PlainText));

    internal static string Text(IEnumerable<RichTextBlock> blocks) =>
        string.Join("\n", blocks.Select(b => b.Paragraph ?? string.Join("\n", b.Items.Select(i => "- " + i))));
}
