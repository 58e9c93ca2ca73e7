using System.Globalization;
using ClosedXML.Excel;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Budget;
using ProjectOffice.Forms.Plan;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.Annexes;

/// <summary>
/// The annexes as a workbook, in printed order: sheet «Приложение» (indicators by organisation), then the additional
/// materials — prose on «Материалы», each table (calculation methods, financing) on a sheet of its own. Numbers as numbers.
/// </summary>
public static class AnnexesXlsx
{
    private const double NumberWidth = 7;
    private const double YearWidth = 10;

    private static readonly double[] MethodWidths = [NumberWidth, 44, 14, 24, 24, 16, 18, 18];
    private static readonly double[] TextWidth = [150];

    public static byte[] Write(AnnexesFormData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var workbook = FormWorkbook.Create();
        WriteIndicators(workbook, data);
        if (data.Sections.Count > 0)
        {
            WriteMaterials(workbook, data);
        }

        return workbook.ToBytes();
    }

    private static void WriteIndicators(XLWorkbook workbook, AnnexesFormData data)
    {
        const double organisationWidth = 44, valueWidth = 12, dateWidth = 12;
        var last = 4 + data.Years.Count;
        var sheet = workbook.AddFormSheet("Приложение", landscape: true,
            [NumberWidth, organisationWidth, valueWidth, dateWidth, .. data.Years.Select(_ => YearWidth)]);

        var row = data.IsDraft ? sheet.WriteDraftStamp(1, last) : 1;
        if (data.TopSignatures.Count > 0)
        {
            row = sheet.WriteSignatures(row, data.TopSignatures, (1, 2), (3, last)) + 1;
        }

        if (data.Annex is { } annex)
        {
            var from = Math.Min(3, last);
            sheet.Merge(row, from, last, $"ПРИЛОЖЕНИЕ № {annex}");
            sheet.Merge(row + 1, from, last, $"к паспорту {data.LevelGenitive}");
            sheet.Merge(row + 2, from, last, $"«{data.ProjectName}»");
            sheet.Merge(row + 3, from, last, "(наименование проекта/основного мероприятия)").Style.Font.FontSize = 8;
            row += 5;
        }

        sheet.Merge(row, 1, last, "Показатели").Centered().Bold();
        sheet.Merge(row + 1, 1, last, $"{data.LevelGenitive} в разрезе образовательных организаций").Centered().Bold();
        row += 3;

        var header = row;
        sheet.Merge(header, 1, 1, "№ п/п", rowSpan: 2);
        var municipality = data.Municipality is null ? "(муниципальное образование)" : $"{data.Municipality}\n(муниципальное образование)";
        sheet.Merge(header, 2, 2, municipality, rowSpan: 2);
        sheet.Merge(header, 3, 4, PassportCaptions.BaselineColumn);
        sheet.Cell(header + 1, 3).SetText("Значение");
        sheet.Cell(header + 1, 4).SetText("Дата");
        if (data.Years.Count > 0)
        {
            sheet.Merge(header, 5, last, "Период, год");
            for (var i = 0; i < data.Years.Count; i++)
            {
                sheet.Cell(header + 1, 5 + i).SetValue(data.Years[i]);
            }
        }

        sheet.Range(header, 1, header + 1, last).Centered();
        sheet.FitHeight(header, (municipality, organisationWidth));
        sheet.PageSetup.SetRowsToRepeatAtTop(header, header + 1);
        row = header + 2;

        foreach (var indicator in data.Indicators)
        {
            var heading = sheet.Merge(row, 1, last, indicator.Heading);
            heading.Style.Font.Italic = true;
            sheet.FitHeight(row++, (indicator.Heading, sheet.Width(1, last)));
            foreach (var item in indicator.Rows)
            {
                sheet.Cell(row, 1).SetText(item.Number).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                sheet.Cell(row, 2).SetText(item.Organisation);
                sheet.Cell(row, 3).SetPhrase(item.Baseline);
                sheet.Cell(row, 4).SetPrintedDate(item.BaselineDate);
                for (var i = 0; i < item.Values.Count; i++)
                {
                    sheet.Cell(row, 5 + i).SetPhrase(item.Values[i]);
                }

                sheet.Range(row, 3, row, last).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                sheet.FitHeight(row++, (item.Organisation, organisationWidth));
            }
        }

        sheet.Range(header, 1, row - 1, last).Grid();
    }

    // Prose shares a sheet; each table gets a sheet of its own with its header rows repeated on every printed page.
    private static void WriteMaterials(XLWorkbook workbook, AnnexesFormData data)
    {
        IXLWorksheet? sheet = null;
        var row = 1;
        var last = 1;
        var onTextSheet = false;
        foreach (var section in data.Sections)
        {
            var table = section.Kind is SectionKind.IndicatorMethods or SectionKind.Table
                || (section.Kind == SectionKind.Financing && section.Financing is not null);
            if (sheet is null || table || !onTextSheet)
            {
                onTextSheet = !table;
                (sheet, last) = section.Kind switch
                {
                    SectionKind.IndicatorMethods => (AddSheet(workbook, "Методика расчета", MethodWidths), MethodWidths.Length),
                    SectionKind.Financing when section.Financing is { } financing =>
                        (AddSheet(workbook, "Финансовое обеспечение", FinancingWidths(financing)), 4 + financing.Years.Count),
                    SectionKind.Table => (AddSheet(workbook, "Таблица", [.. section.TableColumns.Select(_ => 24.0).DefaultIfEmpty(24.0)]),
                        Math.Max(1, section.TableColumns.Count)),
                    _ => (AddSheet(workbook, "Материалы", TextWidth), 1),
                };
                row = 1;
                if (workbook.Worksheets.Count == 2)
                {
                    sheet.Merge(row, 1, last, "ДОПОЛНИТЕЛЬНЫЕ ОБОСНОВЫВАЮЩИЕ МАТЕРИАЛЫ").Centered().Bold();
                    sheet.Merge(row + 1, 1, last, $"{data.LevelGenitive} «{data.ProjectName}»").Centered().Bold();
                    row += 3;
                }
            }

            var width = sheet.Width(1, last);
            sheet.Merge(row, 1, last, section.PrintedTitle).Bold();
            sheet.FitHeight(row, (section.PrintedTitle, width));
            row += 2;
            row = section.Kind switch
            {
                SectionKind.IndicatorMethods => WriteMethods(sheet, row, section.Methods),
                SectionKind.Financing when section.Financing is not null => WriteFinancing(sheet, row, section.Financing),
                SectionKind.Table => WriteTable(sheet, row, section),
                _ => WriteText(sheet, row, section.Blocks),
            };

            foreach (var footnote in section.Footnotes)
            {
                var text = $"{footnote.Marker} {footnote.Text}";
                sheet.Merge(row, 1, last, text).Style.Font.FontSize = 10;
                sheet.FitHeight(row++, (text, width));
            }

            row++;
        }

        if (sheet is not null && data.BottomSignatures.Count > 0)
        {
            sheet.WriteSignatures(row, data.BottomSignatures, (1, Math.Max(1, last / 2)), (Math.Max(1, last / 2) + 1, Math.Max(1, last)));
        }
    }

    // Sheet names are unique within a workbook: a second «Таблица» becomes «Таблица 2».
    private static IXLWorksheet AddSheet(XLWorkbook workbook, string name, double[] widths)
    {
        var unique = name;
        for (var n = 2; workbook.Worksheets.Contains(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{name} {n}");
        }

        return workbook.AddFormSheet(unique, landscape: true, widths);
    }

    private static double[] FinancingWidths(AnnexFinancing financing) =>
        [NumberWidth, 50, 16, .. financing.Years.Select(_ => YearWidth + 2), 14];

    private static int WriteText(IXLWorksheet sheet, int row, IReadOnlyList<RichTextBlock> blocks)
    {
        foreach (var text in blocks.SelectMany(b => b.IsList ? b.Items.Select(i => "- " + i) : [b.Paragraph!]))
        {
            sheet.Cell(row, 1).SetText(text).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Justify;
            sheet.FitHeight(row++, (text, TextWidth[0]));
        }

        return row;
    }

    private static int WriteMethods(IXLWorksheet sheet, int row, IReadOnlyList<AnnexMethod> methods)
    {
        var last = MethodWidths.Length;
        string[] captions =
        [
            "№ п/п", "Методика расчета", "Базовые показатели", "Источник данных", "Ответственный за сбор данных",
            "Уровень агрегирования информации", "Срок и периодичность", "Дополнительная информация",
        ];
        var header = row;
        for (var i = 0; i < captions.Length; i++)
        {
            sheet.Cell(header, i + 1).SetText(captions[i]);
        }

        sheet.Range(header, 1, header, last).Centered();
        sheet.FitHeight(header, [.. captions.Select((c, i) => (c, MethodWidths[i]))]);
        sheet.PageSetup.SetRowsToRepeatAtTop(header, header);
        row++;
        foreach (var method in methods)
        {
            sheet.Merge(row, 1, last, method.Heading).Style.Font.Italic = true;
            sheet.FitHeight(row++, (method.Heading, sheet.Width(1, last)));
            sheet.Cell(row, 1).SetText(method.Number).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            Formula(sheet.Cell(row, 2), method.Formula);
            for (var i = 1; i < method.Columns.Count; i++)
            {
                sheet.Cell(row, 2 + i).SetText(method.Columns[i] ?? "");
            }

            sheet.FitHeight(row++, [.. method.Columns.Select((c, i) => (c ?? "", MethodWidths[i + 1]))]);
        }

        sheet.Range(header, 1, row - 1, last).Grid();
        return row;
    }

    private static int WriteFinancing(IXLWorksheet sheet, int row, AnnexFinancing financing)
    {
        var years = financing.Years.Count;
        var last = 4 + years;
        var header = row;
        sheet.Merge(header, 1, 1, "№ п/п", rowSpan: 2);
        sheet.Merge(header, 2, 2, "Наименование мероприятия и источники финансирования", rowSpan: 2);
        sheet.Merge(header, 3, 3, "Код бюджетной классификации", rowSpan: 2);
        if (years > 0)
        {
            sheet.Merge(header, 4, 3 + years, "Объем финансового обеспечения по годам реализации (млн рублей)");
            for (var i = 0; i < years; i++)
            {
                sheet.Cell(header + 1, 4 + i).SetValue(financing.Years[i]);
            }
        }

        sheet.Merge(header, last, last, "Всего (млн рублей)", rowSpan: 2);
        sheet.Range(header, 1, header + 1, last).Centered();
        sheet.FitHeight(header, ("Объем финансового обеспечения по годам реализации (млн рублей)", sheet.Width(4, Math.Max(4, 3 + years))));
        sheet.PageSetup.SetRowsToRepeatAtTop(header, header + 1);
        row = header + 2;
        foreach (var line in financing.Lines.Append(financing.Total))
        {
            sheet.Cell(row, 1).SetText(line.Number).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Cell(row, 2).SetText(line.Title);
            sheet.Cell(row, 3).SetText(line.BudgetCode ?? "");
            for (var i = 0; i < line.Cells.Count; i++)
            {
                Amount(sheet.Cell(row, 4 + i), line.Cells[i]);
            }

            Amount(sheet.Cell(row, last), line.Total);
            sheet.FitHeight(row++, [(line.Title, sheet.Width(2, 2)), .. line.Cells.Select(c => (c.Text, YearWidth))]);
        }

        sheet.Range(header, 1, row - 1, last).Grid();
        return row;
    }

    private static int WriteTable(IXLWorksheet sheet, int row, AnnexSection section)
    {
        var last = Math.Max(1, section.TableColumns.Count);
        for (var i = 0; i < section.TableColumns.Count; i++)
        {
            sheet.Cell(row, i + 1).SetText(section.TableColumns[i]);
        }

        sheet.Range(row, 1, row, last).Centered();
        sheet.PageSetup.SetRowsToRepeatAtTop(row, row);
        var header = row++;
        foreach (var cells in section.TableRows)
        {
            for (var i = 0; i < cells.Count; i++)
            {
                sheet.Cell(row, i + 1).SetPhrase(cells[i]);
            }

            sheet.FitHeight(row++, [.. cells.Select((c, i) => (c, sheet.Width(i + 1, i + 1)))]);
        }

        sheet.Range(header, 1, row - 1, last).Grid();
        return row;
    }

    // The formula as the PDF prints it: indices as sub- and superscripts of the cell's rich text.
    private static void Formula(IXLCell cell, string? formula)
    {
        cell.SetText("");
        foreach (var part in FormulaText.Parse(formula))
        {
            var run = cell.RichText.AddText(part.Text);
            if (part.Script != FormulaScript.Normal)
            {
                run.SetVerticalAlignment(part.Script == FormulaScript.Subscript
                    ? XLFontVerticalTextAlignmentValues.Subscript
                    : XLFontVerticalTextAlignmentValues.Superscript);
            }
        }
    }

    // A cell of one typed amount or a total is a number; several typed amounts stay text, one per line, as printed.
    private static void Amount(IXLCell cell, BudgetFormCell amount) =>
        cell.SetMoney(amount).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
}
