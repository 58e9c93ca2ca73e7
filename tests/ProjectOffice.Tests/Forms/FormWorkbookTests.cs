using ClosedXML.Excel;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Tests.Forms;

/// <summary>ClosedXML 0.95.4 on Linux without libgdiplus: writing and reading a form workbook must not touch System.Drawing.</summary>
public sealed class FormWorkbookTests
{
    [Fact]
    public void A_form_workbook_saves_and_opens_again_with_numbers_dates_and_merged_captions()
    {
        byte[] bytes;
        using (var workbook = FormWorkbook.Create())
        {
            var sheet = workbook.AddFormSheet("Форма", landscape: true, 10, 40, 15);
            sheet.Merge(1, 1, 3, "Объем финансирования, млн. руб.");
            sheet.Cell(2, 1).SetNumber(0.015m);
            sheet.Cell(2, 2).SetDate(new DateOnly(2020, 1, 31));
            sheet.Cell(2, 3).SetText("0,015");
            sheet.Range(1, 1, 2, 3).Grid();
            sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
            bytes = workbook.ToBytes();
        }

        using var reopened = new XLWorkbook(new MemoryStream(bytes));
        var read = reopened.Worksheet("Форма");
        Assert.Equal(XLDataType.Number, read.Cell(2, 1).DataType);
        Assert.Equal(0.015, read.Cell(2, 1).GetDouble(), 6);
        Assert.Equal("#,##0.000", read.Cell(2, 1).Style.NumberFormat.Format);
        Assert.Equal(XLDataType.DateTime, read.Cell(2, 2).DataType);
        Assert.Equal(new DateTime(2020, 1, 31), read.Cell(2, 2).GetDateTime());
        Assert.Equal("dd.mm.yyyy", read.Cell(2, 2).Style.NumberFormat.Format);
        Assert.Equal(XLDataType.Text, read.Cell(2, 3).DataType);
        Assert.Equal("A1:C1", read.MergedRanges.Single().RangeAddress.ToString());
        Assert.Equal(40, read.Column(2).Width, 1);
        Assert.Equal(XLPageOrientation.Landscape, read.PageSetup.PageOrientation);
        Assert.Equal(XLPaperSize.A4Paper, read.PageSetup.PaperSize);
        Assert.Equal(1, read.PageSetup.PagesWide);
        Assert.Equal(XLBorderStyleValues.Thin, read.Cell(2, 2).Style.Border.TopBorder);
    }

    [Fact]
    public void A_paged_table_writes_its_header_again_after_each_page_break()
    {
        using var workbook = FormWorkbook.Create();
        var sheet = workbook.AddFormSheet("Таблица", landscape: true, 10, 100);
        sheet.Merge(1, 1, 2, "Заголовок формы");

        var table = new PagedTable(sheet, 2, header =>
        {
            sheet.Cell(header, 1).SetText("№ п/п");
            sheet.Cell(header, 2).SetText("Наименование");
            return header + 1;
        });
        for (var i = 1; i <= 120; i++)
        {
            var row = table.Next(FormWorkbook.HeightFor(("строка", 100)));
            sheet.Cell(row, 1).SetValue(i);
        }

        var headers = sheet.CellsUsed().Where(c => c.GetString() == "№ п/п").Select(c => c.Address.RowNumber).ToList();
        var breaks = sheet.PageSetup.RowBreaks;
        Assert.True(breaks.Count >= 3, $"120 rows of 15 points should take four pages at least, got {breaks.Count + 1}.");
        Assert.Equal(breaks.Count + 1, headers.Count);
        Assert.Equal(breaks.Select(b => b + 1), headers.Skip(1));
        Assert.Equal(2, headers[0]);
        // Every number is written once, in order, whatever headers came between.
        Assert.Equal(Enumerable.Range(1, 120), sheet.Column(1).CellsUsed().Where(c => c.DataType == XLDataType.Number).Select(c => (int)c.GetDouble()));
        Assert.Equal(table.NextRow - 1, sheet.LastRowUsed()!.RowNumber());
        // Each page holds less than the estimated page: there is room left for Excel to keep the breaks where they are.
        List<int> pageTops = [1, .. breaks.Select(b => b + 1)];
        var pageBottoms = breaks.Concat([sheet.LastRowUsed()!.RowNumber()]).ToList();
        Assert.All(pageTops.Zip(pageBottoms), page =>
            Assert.True(Enumerable.Range(page.First, page.Second - page.First + 1).Sum(r => sheet.Row(r).Height) <= sheet.PageHeight() * PagedTable.Fill));
    }

    [Fact]
    public void Row_heights_count_the_lines_text_wraps_into_at_word_boundaries()
    {
        // Ten characters to a line of width 10: «двадцать один» (13) takes two lines, as do two words of six.
        Assert.Equal(15, FormWorkbook.HeightFor(("один два", 10)));
        Assert.Equal(30, FormWorkbook.HeightFor(("шестью шесть", 10)));
        Assert.Equal(45, FormWorkbook.HeightFor(("раз\nдва\nтри", 10), ("коротко", 40)));
        Assert.Equal(409, FormWorkbook.HeightFor((string.Join(' ', Enumerable.Repeat("слово", 2000)), 10)));
    }

    [Fact]
    public void Texts_are_stored_in_their_cells_not_in_a_shared_string_table()
    {
        byte[] bytes;
        using (var workbook = FormWorkbook.Create())
        {
            var sheet = workbook.AddFormSheet("Форма", landscape: false, 30);
            sheet.Cell(1, 1).SetText("Участник муниципального проекта");
            sheet.Cell(2, 1).SetText("Участник муниципального проекта");
            bytes = workbook.ToBytes();
        }

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = reader.ReadToEnd();
        Assert.Equal(2, xml.Split("Участник муниципального проекта").Length - 1);
    }
}
