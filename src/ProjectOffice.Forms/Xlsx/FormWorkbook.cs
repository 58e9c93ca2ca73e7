using ClosedXML.Excel;
using ProjectOffice.Forms.Layout;

namespace ProjectOffice.Forms.Xlsx;

/// <summary>
/// The few things every XLSX form does with ClosedXML: a print-ready A4 sheet, merged captions, bordered grids,
/// numbers and dates stored as such, explicit column widths and row heights. Nothing measures text
/// (ClosedXML's AdjustToContents needs libgdiplus), so heights are estimated from text length: deterministic everywhere.
/// </summary>
public static class FormWorkbook
{
    private const string Font = "Times New Roman";
    private const double FontSize = 11;

    // Points per printed line of 11pt text, and how many characters of it fill one unit of column width.
    private const double LineHeight = 15;
    private const double CharsPerWidthUnit = 1.1;

    public static XLWorkbook Create()
    {
        var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = Font;
        workbook.Style.Font.FontSize = FontSize;
        return workbook;
    }

    /// <summary>A sheet printed on A4, fitted to one page wide, with «стр. N из M» in the footer.</summary>
    public static IXLWorksheet AddFormSheet(this XLWorkbook workbook, string name, bool landscape, params double[] columnWidths)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(columnWidths);
        var sheet = workbook.AddWorksheet(name);
        for (var i = 0; i < columnWidths.Length; i++)
        {
            sheet.Column(i + 1).Width = columnWidths[i];
        }

        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = landscape ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        page.FitToPages(1, 0);
        page.CenterHorizontally = true;
        page.Margins.SetLeft(0.8).SetRight(0.6).SetTop(0.6).SetBottom(0.7).SetHeader(0.3).SetFooter(0.3);
        page.Footer.Center.AddText("стр. ");
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber);
        page.Footer.Center.AddText(" из ");
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages);
        return sheet;
    }

    /// <summary>Text across columns <paramref name="fromColumn"/>…<paramref name="toColumn"/> (and rows, for header cells), wrapped.</summary>
    public static IXLRange Merge(this IXLWorksheet sheet, int row, int fromColumn, int toColumn, string text, int rowSpan = 1)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var range = sheet.Range(row, fromColumn, row + rowSpan - 1, toColumn);
        if (range.RowCount() > 1 || range.ColumnCount() > 1)
        {
            range.Merge();
        }

        range.FirstCell().SetText(text);
        return range;
    }

    /// <summary>Text stored as text (never guessed into a number, date or formula), wrapped.</summary>
    public static IXLCell SetText(this IXLCell cell, string text)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell.SetValue(text);
        cell.Style.Alignment.WrapText = true;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        return cell;
    }

    /// <summary>A number with as many decimals as it carries: 0,015 → 0.000, 29 310,220 → # ##0.000.</summary>
    public static IXLCell SetNumber(this IXLCell cell, decimal value)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell.Value = value;
        cell.Style.NumberFormat.Format = value.Scale == 0 ? "#,##0" : "#,##0." + new string('0', value.Scale);
        return cell;
    }

    /// <summary>A date stored as a date, shown 01.02.2020.</summary>
    public static IXLCell SetDate(this IXLCell cell, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell.Value = date.ToDateTime(TimeOnly.MinValue);
        cell.Style.NumberFormat.Format = "dd.mm.yyyy";
        return cell;
    }

    /// <summary>Thin borders around and inside the range, as the paper tables have.</summary>
    public static IXLRange Grid(this IXLRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        return range;
    }

    public static IXLRange Centered(this IXLRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        return range;
    }

    /// <summary>Sets the row tall enough for the longest of its texts, each wrapped in the width it has.</summary>
    public static void FitHeight(this IXLWorksheet sheet, int row, params (string Text, double Width)[] cells)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(cells);
        var lines = cells.Select(c => LinesNeeded(c.Text, c.Width)).DefaultIfEmpty(1).Max();
        sheet.Row(row).Height = Math.Max(1, lines) * LineHeight;
    }

    /// <summary>The width of columns from…to, in column width units.</summary>
    public static double Width(this IXLWorksheet sheet, int fromColumn, int toColumn)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return Enumerable.Range(fromColumn, toColumn - fromColumn + 1).Sum(c => sheet.Column(c).Width);
    }

    /// <summary>
    /// Signature blocks side by side, each across its share of the columns; returns the first row after them.
    /// </summary>
    public static int WriteSignatures(this IXLWorksheet sheet, int row, IReadOnlyList<SignatureData> signatures, params (int From, int To)[] places)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(signatures);
        ArgumentNullException.ThrowIfNull(places);
        var next = row;
        for (var i = 0; i < signatures.Count && i < places.Length; i++)
        {
            next = Math.Max(next, sheet.WriteSignature(row, signatures[i], places[i].From, places[i].To));
        }

        return next;
    }

    public static byte[] ToBytes(this XLWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static int WriteSignature(this IXLWorksheet sheet, int row, SignatureData signature, int from, int to)
    {
        var width = sheet.Width(from, to);
        var lines = new List<(string Text, bool Bold, bool Caption)> { (signature.Title, true, false), (signature.Position, false, false) };
        if (signature.Organisation is not null)
        {
            lines.Add((signature.Organisation, false, false));
        }

        lines.Add(("__________________ " + signature.Name, false, false));
        lines.Add(("(подпись)                    (Ф.И.О.)", false, true));
        lines.Add((signature.DateLine, false, false));
        lines.Add(("(дата)", false, true));

        foreach (var (text, bold, caption) in lines)
        {
            var range = sheet.Merge(row, from, to, text);
            range.Style.Font.Bold = bold;
            if (caption)
            {
                range.Style.Font.FontSize = 8;
            }

            var height = LinesNeeded(text, width) * LineHeight;
            if (sheet.Row(row).Height < height)
            {
                sheet.Row(row).Height = height;
            }

            row++;
        }

        return row;
    }

    private static int LinesNeeded(string text, double width) =>
        text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Length / Math.Max(1, width * CharsPerWidthUnit))));
}
