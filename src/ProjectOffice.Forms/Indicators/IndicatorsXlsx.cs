using ClosedXML.Excel;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Formatting;
using ProjectOffice.Forms.Plan;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.Indicators;

/// <summary>«Показатели проекта» as a workbook: the same rows and captions as the printed form, plain numbers as numbers.</summary>
public static class IndicatorsXlsx
{
    private const double NumberWidth = 6;
    private const double NameWidth = 44;
    private const double TypeWidth = 14;
    private const double ValueWidth = 10;
    private const double DateWidth = 16;
    private const double PlanNameWidth = 40;

    public static byte[] Write(IndicatorsFormData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var workbook = FormWorkbook.Create();
        var last = 5 + data.Columns.Count + (data.HasCumulative ? 1 : 0);
        var sheet = workbook.AddFormSheet(IndicatorsCaptions.FormTitle, landscape: true,
            [NumberWidth, NameWidth, TypeWidth, ValueWidth, DateWidth, .. Enumerable.Repeat(ValueWidth, last - 5)]);

        var row = data.IsDraft ? sheet.WriteDraftStamp(1, last) : 1;
        sheet.Merge(row, 1, last, "ПОКАЗАТЕЛИ").Centered().Bold();
        sheet.Merge(row + 1, 1, last, $"{data.LevelGenitive} «{data.ProjectName}»").Centered().Bold();
        row += 3;
        if (data.Goal is not null)
        {
            var goal = "Цель: " + data.Goal;
            sheet.Merge(row, 1, last, goal);
            sheet.FitHeight(row, (goal, sheet.Width(1, last)));
            row += 2;
        }

        if (data.Indicators.Count == 0 && data.PlanRows.Count == 0)
        {
            sheet.Merge(row, 1, last, "Показатели не заданы.");
            row += 2;
        }

        if (data.Indicators.Count > 0)
        {
            row = Indicators(sheet, data, row) + 1;
        }

        if (data.PlanRows.Count > 0)
        {
            PlanResults(workbook, data);
        }

        foreach (var footnote in data.Footnotes)
        {
            var text = $"{footnote.Marker} {footnote.Text}";
            sheet.Merge(row, 1, last, text).Style.Font.FontSize = 10;
            sheet.FitHeight(row++, (text, sheet.Width(1, last)));
        }

        return workbook.ToBytes();
    }

    // Returns the first row after the table.
    private static int Indicators(IXLWorksheet sheet, IndicatorsFormData data, int start)
    {
        var columns = data.Columns;
        var last = 5 + columns.Count + (data.HasCumulative ? 1 : 0);
        var table = new PagedTable(sheet, start, header =>
        {
            sheet.Merge(header, 1, 1, "№ п/п", rowSpan: 2);
            sheet.Merge(header, 2, 2, data.Caption(IndicatorsCaptions.Name), rowSpan: 2);
            sheet.Merge(header, 3, 3, data.Caption(IndicatorsCaptions.Type), rowSpan: 2);
            sheet.Merge(header, 4, 5, data.Caption(IndicatorsCaptions.Baseline));
            sheet.Cell(header + 1, 4).SetText("Значение");
            sheet.Cell(header + 1, 5).SetText("Дата");
            if (columns.Count > 0)
            {
                sheet.Merge(header, 6, 5 + columns.Count, data.Caption(IndicatorsCaptions.Period));
                for (var i = 0; i < columns.Count; i++)
                {
                    sheet.Cell(header + 1, 6 + i).SetText(columns[i].Caption);
                }
            }

            if (data.HasCumulative)
            {
                sheet.Merge(header, last, last, data.Caption(IndicatorsCaptions.Cumulative), rowSpan: 2);
            }

            sheet.Range(header, 1, header + 1, last).Centered();
            sheet.FitHeight(header + 1, [.. columns.Select(c => (c.Caption, ValueWidth))]);
            return header + 2;
        });

        foreach (var indicator in data.Indicators)
        {
            var row = table.Next(FormWorkbook.HeightFor((indicator.PrintedName, NameWidth)));
            sheet.Cell(row, 1).SetText(indicator.Number);
            sheet.Cell(row, 2).SetText(indicator.PrintedName);
            sheet.Cell(row, 3).SetText(indicator.Type);
            sheet.Cell(row, 4).SetPhrase(indicator.BaselineText);
            // The date as the paper words it («1 января 2019 г.»), as text like the other cells of the form.
            sheet.Cell(row, 5).SetText(indicator.BaselineDate is { } date ? RussianDates.Spelled(date) : "");
            for (var i = 0; i < indicator.Values.Count; i++)
            {
                sheet.Cell(row, 6 + i).SetPhrase(indicator.Values[i]);
            }

            if (data.HasCumulative)
            {
                sheet.Cell(row, last).SetText(indicator.Cumulative ? IndicatorsCaptions.CumulativeMark : "");
            }

            sheet.Range(row, 4, row, last).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        }

        sheet.Range(table.FirstRow, 1, table.NextRow - 1, last).Grid();
        return table.NextRow;
    }

    // The plan's results on a sheet of their own: their columns are not the indicators'.
    private static void PlanResults(XLWorkbook workbook, IndicatorsFormData data)
    {
        var valueColumns = Math.Max(1, data.PlanYears.Count);
        var last = 4 + valueColumns;
        var sheet = workbook.AddFormSheet("Результаты мероприятий", landscape: true,
            [NumberWidth, PlanNameWidth, DateWidth, PlanNameWidth, .. Enumerable.Repeat(ValueWidth, valueColumns)]);
        sheet.Merge(1, 1, last, IndicatorsCaptions.PlanTitle).Centered().Bold();
        var table = new PagedTable(sheet, 3, header =>
        {
            sheet.Merge(header, 1, 1, "№ п/п", rowSpan: 2);
            sheet.Merge(header, 2, 2, "Наименование мероприятия проекта", rowSpan: 2);
            sheet.Merge(header, 3, 3, "Дата окончания реализации мероприятия", rowSpan: 2);
            sheet.Merge(header, 4, last, "Результат реализации мероприятия");
            sheet.Cell(header + 1, 4).SetText("Наименование, единица измерения");
            if (data.PlanYears.Count == 0)
            {
                sheet.Cell(header + 1, 5).SetText("Плановое значение");
            }

            for (var i = 0; i < data.PlanYears.Count; i++)
            {
                sheet.Cell(header + 1, 5 + i).SetText($"Плановое значение {data.PlanYears[i]}");
            }

            sheet.Range(header, 1, header + 1, last).Centered();
            sheet.FitHeight(header, ("Дата окончания реализации мероприятия", DateWidth));
            return header + 2;
        });

        foreach (var item in data.PlanRows)
        {
            if (item.Kind == PlanFormRowKind.Heading)
            {
                var heading = table.Next(FormWorkbook.HeightFor((item.Name, sheet.Width(1, last))));
                sheet.Merge(heading, 1, last, item.Name).Bold();
                continue;
            }

            var row = table.Next(FormWorkbook.HeightFor((item.Name, PlanNameWidth), (item.Indicator ?? "", PlanNameWidth)));
            sheet.Cell(row, 1).SetText(item.Number);
            sheet.Cell(row, 2).SetText(item.Name);
            sheet.Cell(row, 3).SetText(item.End?.Text ?? "");
            sheet.Cell(row, 4).SetText(item.Indicator ?? "");
            if (data.PlanYears.Count == 0 || item.YearValues.All(v => v.Length == 0))
            {
                sheet.Merge(row, 5, last, "");
                sheet.Cell(row, 5).SetPhrase(item.PlannedValue);
            }
            else
            {
                for (var i = 0; i < item.YearValues.Count; i++)
                {
                    sheet.Cell(row, 5 + i).SetPhrase(item.YearValues[i]);
                }
            }

            sheet.Range(row, 3, row, last).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        }

        sheet.Range(table.FirstRow, 1, table.NextRow - 1, last).Grid();
    }
}
