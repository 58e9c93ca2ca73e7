using ClosedXML.Excel;

namespace ProjectOffice.Forms.Xlsx;

/// <summary>
/// A table written page by page as the paper prints it: at each page break its header rows are written again, in the
/// sheet itself, after a manual page break. Where the paper's text repeats a table's header on every page (the
/// national passport, seed 001), the sheet then reads as the pages do, on screen as in print, which Excel's print
/// titles (shown in print only) do not give. Row heights are estimates, so a page is filled only to
/// <see cref="Fill"/> of what it holds, leaving Excel room to keep each break where it was put.
/// </summary>
public sealed class PagedTable
{
    /// <summary>The share of a page the rows may fill before the next page starts.</summary>
    public const double Fill = 0.9;

    private readonly IXLWorksheet sheet;
    private readonly Func<int, int> writeHeader;
    private readonly double pageHeight;
    private readonly double headerHeight;
    private double used;

    /// <summary>Writes the header at <paramref name="row"/>; the first page holds every row above it too.</summary>
    /// <param name="writeHeader">Writes the header rows at the given row, heights included; returns the first row after them.</param>
    public PagedTable(IXLWorksheet sheet, int row, Func<int, int> writeHeader)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(writeHeader);
        this.sheet = sheet;
        this.writeHeader = writeHeader;
        pageHeight = sheet.PageHeight() * Fill;
        FirstRow = row;
        NextRow = writeHeader(row);
        headerHeight = Height(row, NextRow - 1);
        var breaks = sheet.PageSetup.RowBreaks;
        used = Height(breaks.Count == 0 ? 1 : breaks.Max() + 1, NextRow - 1);
    }

    /// <summary>The table's first row (its header's), for the borders around it.</summary>
    public int FirstRow { get; }

    /// <summary>The first row after what is written so far.</summary>
    public int NextRow { get; private set; }

    /// <summary>
    /// The row the next table row goes to, given this height (set on it): the next row, or, when it would not fit on
    /// this page any more, the row after a page break and the header written again.
    /// </summary>
    public int Next(double height)
    {
        // A row taller than a page stays where it is, rather than leaving a page with nothing but the header.
        if (used + height > pageHeight && used > headerHeight)
        {
            sheet.PageSetup.AddHorizontalPageBreak(NextRow - 1);
            NextRow = writeHeader(NextRow);
            used = headerHeight;
        }

        used += height;
        sheet.Row(NextRow).Height = height;
        return NextRow++;
    }

    private double Height(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from + 1)).Sum(r => sheet.Row(r).Height);
}
