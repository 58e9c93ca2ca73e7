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
}
