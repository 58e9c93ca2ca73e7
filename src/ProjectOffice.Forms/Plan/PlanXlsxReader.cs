using System.Globalization;
using ClosedXML.Excel;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.Plan;

/// <summary>
/// Reads the plan table back from a workbook that <see cref="PlanXlsx"/> wrote and a person may have edited (rows
/// added or deleted, values changed). The table is found by its header («№ п/п» in column A, then the captions of the
/// layout), not by a fixed row, since the signature blocks above it vary; it ends at the first empty row, where the
/// footnotes and signatures begin. Cells are read as the text they show.
/// </summary>
public static class PlanXlsxReader
{
    private const int HeaderSearchRows = 200;
    private const int MaxColumns = 40;
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public const string Unreadable =
        "Файл не читается как книга Excel (.xlsx): он повреждён или это файл другого формата. Сохраните план в Excel как «Книга Excel (*.xlsx)» и загрузите снова.";

    /// <summary>Opens the uploaded bytes as a workbook; a file that is not one (damaged, renamed, another format) is a problem, never an exception.</summary>
    public static PlanSheet Read(Stream xlsx, bool national)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        if (!xlsx.CanSeek)
        {
            var copy = new MemoryStream();
            xlsx.CopyTo(copy);
            copy.Position = 0;
            xlsx = copy;
        }

        if (UploadedWorkbookGuard.Check(xlsx) is { } tooBig)
        {
            return Failed(national, new PlanSheetProblem(0, null, tooBig));
        }

        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(xlsx);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // ClosedXML and the OpenXML SDK fail on a bad package with a dozen exception types (zip, XML, package, format).
            return Failed(national, new PlanSheetProblem(0, null, Unreadable));
        }

        using (workbook)
        {
            return Read(workbook, national);
        }
    }

    /// <summary>The plan table of the workbook's plan sheet (or its first sheet), checked against the project's layout.</summary>
    public static PlanSheet Read(XLWorkbook workbook, bool national)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var sheet = workbook.Worksheets.FirstOrDefault(s => s.Name == "План мероприятий") ?? workbook.Worksheets.FirstOrDefault();
        var lastRow = sheet?.LastRowUsed()?.RowNumber() ?? 0;
        var header = Enumerable.Range(1, Math.Min(lastRow, HeaderSearchRows)).FirstOrDefault(r => Same(Text(sheet!.Cell(r, 1)), PlanCaptions.Number));
        if (sheet is null || header == 0)
        {
            return Failed(national, new PlanSheetProblem(0, null,
                $"В файле не найдена таблица плана: нет строки с заголовком «{PlanCaptions.Number}» в столбце A. " +
                "Загрузите план мероприятий, выгруженный порталом (форма «План мероприятий» → «Скачать Excel»), и правьте его, не меняя шапку таблицы."));
        }

        var problems = new List<PlanSheetProblem>();
        List<int> years = [];
        int last, firstRow;
        if (national)
        {
            Expect(sheet, problems, header, 2, PlanCaptions.NationalName, PlanCaptions.MunicipalName, "муниципального проекта по этапам");
            Expect(sheet, problems, header, 3, PlanCaptions.NationalTerm);
            Expect(sheet, problems, header + 1, 3, PlanCaptions.NationalStart);
            Expect(sheet, problems, header + 1, 4, PlanCaptions.NationalEnd);
            Expect(sheet, problems, header, 5, PlanCaptions.NationalResponsible);
            Expect(sheet, problems, header, 6, PlanCaptions.NationalDocument);
            Expect(sheet, problems, header, 7, PlanCaptions.NationalLevel);
            (last, firstRow) = (7, header + 2);
        }
        else
        {
            Expect(sheet, problems, header, 2, PlanCaptions.MunicipalName, PlanCaptions.NationalName, "по задачам и результатам (приложение к паспорту)");
            Expect(sheet, problems, header, 3, PlanCaptions.MunicipalStart);
            Expect(sheet, problems, header, 4, PlanCaptions.MunicipalEnd);
            Expect(sheet, problems, header, 5, PlanCaptions.MunicipalResult);
            Expect(sheet, problems, header + 1, 5, PlanCaptions.MunicipalIndicator);
            Expect(sheet, problems, header + 1, 6, PlanCaptions.MunicipalPlannedValue);
            last = Enumerable.Range(6, MaxColumns - 5).FirstOrDefault(c => Same(Text(sheet.Cell(header, c)), PlanCaptions.MunicipalResponsible));
            if (last == 0)
            {
                problems.Add(new PlanSheetProblem(header, "G", $"не найден столбец «{PlanCaptions.MunicipalResponsible}»"));
                return Failed(national, [.. problems]);
            }

            years = Years(sheet, header + 2, last, problems);
            firstRow = header + (years.Count > 0 ? 3 : 2);
        }

        if (problems.Count > 0)
        {
            return Failed(national, [.. problems]);
        }

        var rows = new List<PlanSheetRow>();
        var row = firstRow;
        for (; row <= lastRow && !Empty(sheet, row, last); row++)
        {
            rows.Add(national ? NationalRow(sheet, row) : MunicipalRow(sheet, row, years, last));
            // Russian Excel turns a typed «2.1» or «1.1.6» into a date (2 January, 1 January 2006); which number it was cannot be told.
            if (sheet.Cell(row, 1).Value is DateTime date)
            {
                problems.Add(new PlanSheetProblem(row, PlanSheet.NumberColumn,
                    $"Excel превратил номер пункта в дату {RussianDates.Numeric(DateOnly.FromDateTime(date))}: " +
                    "задайте ячейке текстовый формат (или начните номер с апострофа: '1.1.6) и введите номер снова"));
            }
        }

        // What follows the table is footnotes and signatures; a plan row down there means an empty row cut the table short.
        for (var after = row + 1; after <= lastRow; after++)
        {
            var number = NumberText(sheet.Cell(after, 1));
            if (PlanRowNumber.TryParse(number) is not null || PlanHeadingText.TryParse(number) is not null)
            {
                problems.Add(new PlanSheetProblem(row, null,
                    $"пустая строка внутри таблицы плана (ниже, в строке {after}, снова пункт плана): удалите пустые строки из таблицы"));
                break;
            }
        }

        return new PlanSheet { National = national, Years = years, Rows = rows, Problems = problems };
    }

    /// <summary>A cell as the text it shows: text trimmed with line breaks as \n, numbers in Russian notation, dates dd.MM.yyyy.</summary>
    public static string Text(IXLCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var value = cell.HasFormula ? cell.CachedValue : cell.Value;
        return value switch
        {
            null => "",
            DateTime date => RussianDates.Numeric(DateOnly.FromDateTime(date)),
            double number => ((decimal)number).ToString("0.##########", Russian),
            bool flag => flag ? "ИСТИНА" : "ЛОЖЬ",
            _ => Convert.ToString(value, Russian)?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim() ?? "",
        };
    }

    /// <summary>«№ п/п» as typed: Excel may keep a typed «3.7» as the number 3.7, read back with its dot.</summary>
    public static string NumberText(IXLCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return (cell.HasFormula ? cell.CachedValue : cell.Value) is double number
            ? ((decimal)number).ToString("0.##########", CultureInfo.InvariantCulture)
            : Text(cell);
    }

    private static PlanSheetRow NationalRow(IXLWorksheet sheet, int row) => new()
    {
        Row = row,
        Number = NumberText(sheet.Cell(row, 1)),
        Name = Text(sheet.Cell(row, 2)),
        Start = Text(sheet.Cell(row, 3)),
        End = Text(sheet.Cell(row, 4)),
        Responsible = Text(sheet.Cell(row, 5)),
        DocumentType = Text(sheet.Cell(row, 6)),
        ControlLevel = Text(sheet.Cell(row, 7)),
    };

    private static PlanSheetRow MunicipalRow(IXLWorksheet sheet, int row, List<int> years, int last)
    {
        // PlanXlsx merges the year columns of a row that plans no value per year and writes its one planned value there.
        var first = sheet.Cell(row, 6);
        var merged = years.Count == 0 || (first.IsMerged() && first.MergedRange().ColumnCount() > 1);
        return new PlanSheetRow
        {
            Row = row,
            Number = NumberText(sheet.Cell(row, 1)),
            Name = Text(sheet.Cell(row, 2)),
            Start = Text(sheet.Cell(row, 3)),
            End = Text(sheet.Cell(row, 4)),
            Indicator = Text(sheet.Cell(row, 5)),
            PlannedValue = merged ? Text(first) : "",
            YearValues = merged ? [] : years.Select((_, i) => Text(sheet.Cell(row, 6 + i))).ToList(),
            Responsible = Text(sheet.Cell(row, last)),
        };
    }

    private static List<int> Years(IXLWorksheet sheet, int row, int last, List<PlanSheetProblem> problems)
    {
        var cells = Enumerable.Range(6, last - 6).Select(c => (Column: c, Text: Text(sheet.Cell(row, c)))).ToList();
        if (cells.Count <= 1 && cells.All(c => c.Text.Length == 0))
        {
            return [];
        }

        var years = new List<int>();
        foreach (var (column, text) in cells)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100)
            {
                years.Add(year);
            }
            else
            {
                problems.Add(new PlanSheetProblem(row, XLHelper.GetColumnLetterFromNumber(column), $"ожидался год столбца «{PlanCaptions.MunicipalPlannedValue}», а в файле «{text}»"));
            }
        }

        return years;
    }

    private static void Expect(IXLWorksheet sheet, List<PlanSheetProblem> problems, int row, int column, string caption,
        string? otherLayoutCaption = null, string? otherLayout = null)
    {
        var text = Text(sheet.Cell(row, column));
        if (Same(text, caption))
        {
            return;
        }

        var found = text.Length == 0 ? "пусто" : $"«{text}»";
        var hint = otherLayoutCaption is not null && Same(text, otherLayoutCaption)
            ? $" Это план другого вида ({otherLayout}): загрузите план этого проекта."
            : "";
        problems.Add(new PlanSheetProblem(row, XLHelper.GetColumnLetterFromNumber(column), $"ожидался заголовок «{caption}», в файле {found}.{hint}"));
    }

    private static bool Empty(IXLWorksheet sheet, int row, int last) =>
        Enumerable.Range(1, last).All(c => Text(sheet.Cell(row, c)).Length == 0);

    // Captions compared as read: case and runs of white space do not matter, nor a footnote marker after them («Уровень контроля ¹»).
    private static bool Same(string text, string caption) =>
        string.Equals(Caption(text), Caption(caption), StringComparison.OrdinalIgnoreCase);

    private static string Caption(string text) => PlanRowMatching.NameKey(text);

    private static PlanSheet Failed(bool national, params PlanSheetProblem[] problems) => new() { National = national, Problems = problems };
}
