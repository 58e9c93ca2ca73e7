using System.Globalization;
using ClosedXML.Excel;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.Passport;

/// <summary>
/// The national passport as a workbook of landscape sheets, one per section in printed order. The title and
/// «УТВЕРЖДАЮ» open the first sheet. As on the paper of seed 001, each table carries its header again at the top of
/// every page it runs onto (<see cref="PagedTable"/>).
/// </summary>
internal static class NationalPassportXlsx
{
    // 1 января 2019 г.: the long date of the paper, still a date to Excel.
    private const string LongDateFormat = "[$-419]d mmmm yyyy \"г.\"";

    public static void Write(XLWorkbook workbook, PassportFormData data, NationalPassport passport)
    {
        MainProvisions(workbook, data, passport);
        Indicators(workbook, passport);
        Tasks(workbook, passport);
        Finance(workbook, passport);
        var (sheet, row) = Participants(workbook, passport);
        foreach (var leader in data.LeaderSignatures)
        {
            row = PassportXlsx.WriteLeaderSignature(sheet, row, leader, (1, 4), (5, 6));
        }

        PassportXlsx.WriteSignatures(sheet, row, data.BottomSignatures, (1, 3), (4, 6));
    }

    private static void MainProvisions(XLWorkbook workbook, PassportFormData data, NationalPassport passport)
    {
        const int last = 5;
        var sheet = workbook.AddFormSheet("1. Основные положения", landscape: true, 34, 44, 26, 14, 14);
        var row = data.IsDraft ? sheet.WriteDraftStamp(1, last) : 1;
        row = PassportXlsx.WriteSignatures(sheet, row, data.TopSignatures, (1, 2), (3, last));

        sheet.Merge(row, 1, last, PassportCaptions.NationalTitle).Centered().Bold();
        sheet.Merge(row + 1, 1, last, passport.LevelGenitive).Centered().Bold();
        sheet.Merge(row + 2, 1, last, $"«{data.ProjectName}»").Centered().Bold();
        row += 4;
        sheet.Merge(row, 1, last, PassportCaptions.MainProvisions).Centered().Bold();
        row++;

        var top = row;
        row = Line(sheet, row, last, PassportCaptions.RegionalProject, passport.RegionalProject);
        sheet.Cell(row, 1).SetText(PassportCaptions.ShortNameOf(passport.LevelGenitive));
        sheet.Cell(row, 2).SetText(passport.ShortName ?? "");
        sheet.Cell(row, 3).SetText(PassportCaptions.Period);
        sheet.Cell(row, 4).SetDate(passport.Start);
        sheet.Cell(row, 5).SetDate(passport.End);
        sheet.FitHeight(row, (PassportCaptions.ShortNameOf(passport.LevelGenitive), 34), (passport.ShortName ?? "", 44), (PassportCaptions.Period, 26));
        row++;
        row = Line(sheet, row, last, PassportCaptions.CuratorOf(passport.LevelGenitive), passport.Curator);
        row = Line(sheet, row, last, PassportCaptions.LeaderOf(passport.LevelGenitive), passport.Leader);
        row = Line(sheet, row, last, PassportCaptions.AdministratorOf(passport.LevelGenitive), passport.Administrator);
        row = Line(sheet, row, last, PassportCaptions.Programmes, string.Join("\n", passport.Programmes));
        sheet.Range(top, 1, row - 1, last).Grid();
    }

    private static int Line(IXLWorksheet sheet, int row, int last, string caption, string? value)
    {
        sheet.Cell(row, 1).SetText(caption);
        sheet.Merge(row, 2, last, value ?? "");
        sheet.FitHeight(row, (caption, sheet.Column(1).Width), (value ?? "", sheet.Width(2, last)));
        return row + 1;
    }

    private static void Indicators(XLWorkbook workbook, NationalPassport passport)
    {
        var years = passport.IndicatorYears;
        var last = Math.Max(5, 5 + years.Count);
        var sheet = workbook.AddFormSheet("2. Цель и показатели", landscape: true, [6, 44, 14, 10, 16, .. years.Select(_ => 9.0)]);
        sheet.Merge(1, 1, last, PassportCaptions.GoalAndIndicators(passport.LevelGenitive)).Centered().Bold();
        var goal = PassportCaptions.GoalPrefix + passport.Goal;
        sheet.Merge(2, 1, last, goal);
        sheet.FitHeight(2, (goal, sheet.Width(1, last)));
        sheet.Range(2, 1, 2, last).Grid();

        var table = new PagedTable(sheet, 3, header =>
        {
            sheet.Merge(header, 1, 1, "№ п/п", rowSpan: 2);
            sheet.Merge(header, 2, 2, PassportCaptions.IndicatorColumn, rowSpan: 2);
            sheet.Merge(header, 3, 3, PassportCaptions.IndicatorTypeColumn, rowSpan: 2);
            sheet.Merge(header, 4, 5, PassportCaptions.BaselineColumn);
            sheet.Cell(header + 1, 4).SetText(PassportCaptions.ValueColumn);
            sheet.Cell(header + 1, 5).SetText(PassportCaptions.DateColumn);
            if (years.Count > 0)
            {
                sheet.Merge(header, 6, last, PassportCaptions.PeriodColumn);
                for (var i = 0; i < years.Count; i++)
                {
                    sheet.Cell(header + 1, 6 + i).SetValue(years[i]);
                }
            }

            sheet.Range(header, 1, header + 1, last).Centered();
            return header + 2;
        });

        foreach (var indicator in passport.Indicators)
        {
            var row = table.Next(FormWorkbook.HeightFor((indicator.Name, 44)));
            sheet.Cell(row, 1).SetText(indicator.Number);
            sheet.Cell(row, 2).SetText(indicator.Name);
            sheet.Cell(row, 3).SetText(indicator.Type);
            sheet.Cell(row, 4).SetPhrase(indicator.BaselineText);
            if (indicator.BaselineDate is { } date)
            {
                sheet.Cell(row, 5).SetDate(date).Style.NumberFormat.Format = LongDateFormat;
            }

            for (var i = 0; i < indicator.Values.Count; i++)
            {
                sheet.Cell(row, 6 + i).SetPhrase(indicator.Values[i]);
            }

            sheet.Range(row, 4, row, last).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        }

        sheet.Range(table.FirstRow, 1, table.NextRow - 1, last).Grid();
    }

    private static void Tasks(XLWorkbook workbook, NationalPassport passport)
    {
        const double textWidth = 70;
        var sheet = workbook.AddFormSheet("3. Задачи и результаты", landscape: true, 7, textWidth, textWidth);
        sheet.Merge(1, 1, 3, PassportCaptions.TasksAndResults(passport.LevelGenitive)).Centered().Bold();
        var table = new PagedTable(sheet, 2, header =>
        {
            sheet.Cell(header, 1).SetText("№ п/п");
            sheet.Cell(header, 2).SetText(PassportCaptions.TaskColumn);
            sheet.Cell(header, 3).SetText(PassportCaptions.CharacteristicColumn);
            sheet.Range(header, 1, header, 3).Centered();
            return header + 1;
        });

        foreach (var task in passport.Tasks)
        {
            var row = table.Next(FormWorkbook.HeightFor((task.Name, 2 * textWidth)));
            sheet.Cell(row, 1).SetText(task.Number);
            sheet.Merge(row, 2, 3, task.Name);
            foreach (var result in task.Results)
            {
                var name = PassportXlsx.Text(result.Name);
                var characteristic = PassportXlsx.Text(result.Characteristic);
                row = table.Next(FormWorkbook.HeightFor((name, textWidth), (characteristic, textWidth)));
                sheet.Cell(row, 1).SetText(result.Number);
                sheet.Cell(row, 2).SetText(name);
                sheet.Cell(row, 3).SetText(characteristic);
            }
        }

        sheet.Range(table.FirstRow, 1, table.NextRow - 1, 3).Grid();
    }

    private static void Finance(XLWorkbook workbook, NationalPassport passport)
    {
        const double titleWidth = 50;
        var years = passport.BudgetYears;
        var last = 3 + years.Count;
        var sheet = workbook.AddFormSheet("4. Финансовое обеспечение", landscape: true, [7, titleWidth, .. years.Select(_ => 10.0), 12]);
        sheet.Merge(1, 1, last, PassportCaptions.Financing(passport.LevelGenitive)).Centered().Bold();

        var table = new PagedTable(sheet, 2, header =>
        {
            sheet.Merge(header, 1, 1, "№ п/п", rowSpan: 2);
            sheet.Merge(header, 2, 2, PassportCaptions.DirectionColumn, rowSpan: 2);
            if (years.Count > 0)
            {
                sheet.Merge(header, 3, last - 1, PassportCaptions.FinancingByYearColumn);
                for (var i = 0; i < years.Count; i++)
                {
                    sheet.Cell(header + 1, 3 + i).SetText(string.Create(CultureInfo.InvariantCulture, $"{years[i]} г."));
                }
            }

            sheet.Merge(header, last, last, PassportCaptions.FinancingTotalColumn, rowSpan: 2);
            sheet.Range(header, 1, header + 1, last).Centered();
            sheet.FitHeight(header, (PassportCaptions.FinancingTotalColumn, 12));
            return header + 2;
        });

        foreach (var direction in passport.Directions)
        {
            var row = table.Next(FormWorkbook.HeightFor((direction.Title, sheet.Width(2, last))));
            sheet.Cell(row, 1).SetText(direction.Number);
            sheet.Merge(row, 2, last, direction.Title);
            foreach (var line in direction.Rows)
            {
                MoneyRow(sheet, table, line, titleWidth);
            }
        }

        foreach (var line in passport.BudgetTotals)
        {
            MoneyRow(sheet, table, line, titleWidth);
        }

        sheet.Range(table.FirstRow, 1, table.NextRow - 1, last).Grid();
    }

    private static void MoneyRow(IXLWorksheet sheet, PagedTable table, PassportMoneyRow line, double titleWidth)
    {
        var row = table.Next(FormWorkbook.HeightFor((line.Title, titleWidth)));
        sheet.Cell(row, 2).SetText(line.Title).Style.Font.Bold = line.IsTotal;
        for (var i = 0; i < line.Cells.Count; i++)
        {
            var cell = sheet.Cell(row, 3 + i).SetMoney(line.Cells[i]);
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            cell.Style.Font.Bold = line.IsTotal;
        }
    }

    /// <summary>Section 5; returns its sheet and the first row after the table, where the closing signatures go.</summary>
    private static (IXLWorksheet Sheet, int Row) Participants(XLWorkbook workbook, NationalPassport passport)
    {
        double[] widths = [6, 26, 16, 40, 36, 14];
        var sheet = workbook.AddFormSheet("5. Участники", landscape: true, widths);
        sheet.Merge(1, 1, 6, PassportCaptions.Participants(passport.LevelGenitive)).Centered().Bold();
        var captions = PassportCaptions.ParticipantColumns;
        var table = new PagedTable(sheet, 2, header =>
        {
            for (var i = 0; i < captions.Count; i++)
            {
                sheet.Cell(header, 1 + i).SetText(captions[i]);
            }

            sheet.Range(header, 1, header, 6).Centered();
            sheet.FitHeight(header, [.. captions.Select((h, i) => (h, widths[i]))]);
            return header + 1;
        });

        foreach (var group in passport.Participants)
        {
            if (group.Heading is { } heading)
            {
                var row = table.Next(FormWorkbook.HeightFor((heading, sheet.Width(1, 6))));
                sheet.Merge(row, 1, 6, heading).Style.Font.Italic = true;
            }

            foreach (var participant in group.Rows)
            {
                string[] cells = [participant.Number.ToString(CultureInfo.InvariantCulture) + ".", participant.Role, participant.Name,
                    participant.Position ?? "", participant.Supervisor ?? "", participant.Employment ?? ""];
                var row = table.Next(FormWorkbook.HeightFor([.. cells.Select((c, i) => (c, widths[i]))]));
                for (var i = 0; i < cells.Length; i++)
                {
                    sheet.Cell(row, 1 + i).SetText(cells[i]);
                }

                sheet.Cell(row, 6).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            }
        }

        sheet.Range(table.FirstRow, 1, table.NextRow - 1, 6).Grid();
        return (sheet, table.NextRow + 1);
    }
}
