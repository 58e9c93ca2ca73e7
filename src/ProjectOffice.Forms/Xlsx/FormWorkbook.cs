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

    // Points per printed line of 11pt text, and how many characters of it fill one unit of column width: a unit is
    // the width of «0» (7 pixels), and the forms' Russian text set in Liberation Serif (metrically Times New Roman)
    // 11pt measures 1.06 characters to a «0» of 7.33 pixels (seeds' tables, measured in Chromium), so about one.
    private const double LineHeight = 15;
    private const double CharsPerWidthUnit = 1.0;

    // Excel refuses rows taller than 409 points; a longer text still shows whole in the cell when it is opened.
    private const double MaxRowHeight = 409;

    // The page the sheets print on (A4, points) and their margins (inches), as AddFormSheet sets them.
    private const double A4Short = 595.3, A4Long = 841.9;
    private const double MarginLeft = 0.8, MarginRight = 0.6, MarginTop = 0.6, MarginBottom = 0.7;

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
        page.Margins.SetLeft(MarginLeft).SetRight(MarginRight).SetTop(MarginTop).SetBottom(MarginBottom).SetHeader(0.3).SetFooter(0.3);
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
        sheet.Row(row).Height = HeightFor(cells);
    }

    /// <summary>How tall a row must be for the longest of its texts, each wrapped in the width it has (within Excel's limit).</summary>
    public static double HeightFor(params (string Text, double Width)[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var lines = cells.Select(c => LinesNeeded(c.Text, c.Width)).DefaultIfEmpty(1).Max();
        return Math.Min(MaxRowHeight, Math.Max(1, lines) * LineHeight);
    }

    /// <summary>
    /// How much of the sheet, in row points, one printed page holds: the page's height within its margins, divided by
    /// the scale at which Excel fits the columns to the page's width. Column widths are estimated in points (7 pixels a
    /// unit, as for the default 11pt font), so this is an estimate; callers leave room.
    /// </summary>
    public static double PageHeight(this IXLWorksheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var landscape = sheet.PageSetup.PageOrientation == XLPageOrientation.Landscape;
        var (paperWidth, paperHeight) = landscape ? (A4Long, A4Short) : (A4Short, A4Long);
        var printableWidth = paperWidth - (MarginLeft + MarginRight) * 72;
        var printableHeight = paperHeight - (MarginTop + MarginBottom) * 72;
        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 1;
        var sheetWidth = Enumerable.Range(1, lastColumn).Sum(c => (sheet.Column(c).Width * 7 + 5) * 0.75);
        var scale = Math.Min(1, printableWidth / sheetWidth);
        return printableHeight / scale;
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

    /// <summary>
    /// The workbook as a file. Every text is stored in its own cell (an inline string) instead of Excel's shared-string
    /// table, where a text repeated in many rows («Участник муниципального проекта», an executor of twenty events) is
    /// kept once: whatever reads the sheets' cells finds each occurrence where the paper has it.
    /// </summary>
    public static byte[] ToBytes(this XLWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        foreach (var cell in workbook.Worksheets.SelectMany(sheet => sheet.CellsUsed()))
        {
            cell.ShareString = false;
        }

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
        if (signature.Note is not null)
        {
            lines.Add((signature.Note, false, false));
        }

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

    // Lines of the text wrapped at word boundaries as Excel wraps it: a word that does not fit the rest of a line starts
    // the next one (a word longer than a line is broken), so a line holds less than its width in characters.
    private static int LinesNeeded(string text, double width)
    {
        var capacity = Math.Max(1, (int)(width * CharsPerWidthUnit));
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines++;
            var used = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var needed = used == 0 ? word.Length : used + 1 + word.Length;
                if (needed <= capacity)
                {
                    used = needed;
                    continue;
                }

                if (used > 0)
                {
                    lines++;
                }

                lines += (word.Length - 1) / capacity;
                used = (word.Length - 1) % capacity + 1;
            }
        }

        return Math.Max(1, lines);
    }
}
