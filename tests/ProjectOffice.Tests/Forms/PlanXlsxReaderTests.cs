using ClosedXML.Excel;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Layout;
using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Tests.Forms;

/// <summary>The plan workbook read back: the table found by its header between signature blocks and footnotes, cells as the text they show.</summary>
public sealed class PlanXlsxReaderTests
{
    [Fact]
    public void The_table_is_found_below_the_signature_blocks_and_ends_before_the_footnotes()
    {
        var sheet = Read(Municipal(years: []));

        Assert.Empty(sheet.Problems);
        Assert.Equal(["1 этап. Подготовительный (01.02.2020 – 31.08.2020)", "1.", "2."], sheet.Rows.Select(r => r.Number));
        var first = sheet.Rows[1];
        Assert.Equal(("Совещание", "01.02.2020", "31.06.2021", "Количество совещаний, ед.", "3", "Управление образования"),
            (first.Name, first.Start, first.End, first.Indicator, first.PlannedValue, first.Responsible));
        Assert.Equal("Не менее 5", sheet.Rows[2].PlannedValue);
    }

    [Fact]
    public void Cells_typed_as_dates_and_numbers_read_as_the_text_they_show()
    {
        var xlsx = Edit(PlanXlsx.Write(Municipal(years: [])), (sheet, row) =>
        {
            sheet.Cell(row, 4).Value = new DateTime(2020, 9, 30);
            sheet.Cell(row, 6).Value = 0.532;
            sheet.Cell(row + 1, 1).Value = 3.7;
        });

        var rows = Read(xlsx).Rows;

        Assert.Equal(("30.09.2020", "0,532"), (rows[1].End, rows[1].PlannedValue));
        Assert.Equal("3.7", rows[2].Number);
    }

    [Fact]
    public void A_number_that_excel_turned_into_a_date_and_an_empty_row_inside_the_table_are_problems()
    {
        var dated = Edit(PlanXlsx.Write(Municipal(years: [])), (sheet, row) => sheet.Cell(row, 1).Value = new DateTime(2006, 1, 1));
        var gap = Edit(PlanXlsx.Write(Municipal(years: [])), (sheet, row) => sheet.Row(row).InsertRowsAbove(1));

        var datedProblem = Assert.Single(Read(dated).Problems);
        var gapProblem = Assert.Single(Read(gap).Problems);

        Assert.StartsWith("Excel превратил номер пункта в дату 01.01.2006", datedProblem.Message, StringComparison.Ordinal);
        Assert.Equal("A", datedProblem.Column);
        Assert.StartsWith("пустая строка внутри таблицы плана", gapProblem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_per_year_reads_each_year_or_the_one_value_merged_across_them()
    {
        var sheet = Read(Municipal(years: [2026, 2027]));

        Assert.Equal([2026, 2027], sheet.Years);
        Assert.Equal(["10", ""], sheet.Rows[1].YearValues);
        Assert.Equal("", sheet.Rows[1].PlannedValue);
        Assert.Empty(sheet.Rows[2].YearValues);
        Assert.Equal("Не менее 5", sheet.Rows[2].PlannedValue);
        Assert.Equal("H", sheet.ResponsibleColumn());
    }

    [Fact]
    public void A_national_plan_is_not_read_as_a_municipal_one()
    {
        var national = Municipal(years: []) with { National = true };

        var problem = Read(PlanXlsx.Write(national), national: false).Problems[0];

        Assert.Equal("B", problem.Column);
        Assert.Contains("Это план другого вида", problem.Message, StringComparison.Ordinal);
    }

    private static PlanSheet Read(PlanFormData data) => Read(PlanXlsx.Write(data), data.National);

    private static PlanSheet Read(byte[] xlsx, bool national = false) => PlanXlsxReader.Read(new MemoryStream(xlsx), national);

    // Edits the sheet; row is the sheet row of item «1.».
    private static byte[] Edit(byte[] xlsx, Action<IXLWorksheet, int> edit)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet(1);
        edit(sheet, sheet.Column(1).CellsUsed().First(c => c.GetString() == "1.").Address.RowNumber);
        using var saved = new MemoryStream();
        workbook.SaveAs(saved);
        return saved.ToArray();
    }

    private static PlanFormData Municipal(IReadOnlyList<int> years) => new()
    {
        ProjectName = "Проверка чтения",
        National = false,
        IsDraft = false,
        LevelGenitive = "муниципального проекта",
        Years = years,
        Rows =
        [
            new PlanFormRow { Kind = PlanFormRowKind.Heading, Name = "1 этап. Подготовительный (01.02.2020 – 31.08.2020)" },
            new PlanFormRow
            {
                Kind = PlanFormRowKind.Event, Number = "1.", Name = "Совещание", Start = new PrintedDate("01.02.2020", null),
                End = new PrintedDate("31.06.2021", null), Indicator = "Количество совещаний, ед.", PlannedValue = "3",
                YearValues = years.Count == 0 ? [] : ["10", ""], Responsible = "Управление образования",
            },
            new PlanFormRow { Kind = PlanFormRowKind.Event, Number = "2.", Name = "Мониторинг", PlannedValue = "Не менее 5", YearValues = years.Select(_ => "").ToList() },
        ],
        Footnotes = [new FormFootnote("¹", "Сноска под таблицей")],
        TopSignatures = [Signature(SignatureKind.Agreed), Signature(SignatureKind.Approved)],
        BottomSignatures = [Signature(SignatureKind.LeaderSignature)],
    };

    private static SignatureData Signature(SignatureKind kind) => new()
    {
        Kind = kind, Position = "Директор", Organisation = "БОУ ДО г. Омска «ЦТРИГО «Перспектива»", Name = "В.В. Шестаков", DateText = "«30» января 2020 года",
    };
}
