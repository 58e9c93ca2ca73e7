using ClosedXML.Excel;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.Passport;

/// <summary>
/// The municipal passport on one portrait sheet: column A the item number, B its caption, C… its value. The nested
/// tables of items 11, 19 and 20 share the value columns: C is narrow (№ п/п), the others fit the budget's money.
/// </summary>
internal static class MunicipalPassportXlsx
{
    private const double NumberWidth = 4;
    private const double CaptionWidth = 22;
    private const double RowNumberWidth = 6;
    private const double NameWidth = 18;
    private const double MoneyWidth = 14;

    // Columns: A number, B caption, C № п/п, D ФИО / budget row name (with C), E «Всего», F… one per funding source.
    private const int First = 3;

    public static void Write(XLWorkbook workbook, PassportFormData data, MunicipalPassport passport)
    {
        var sources = passport.Description.FirstOrDefault(i => i.Budget is not null)?.Budget?.Sources.Count ?? 0;
        var last = Math.Max(First + 6, First + 2 + sources);
        var sheet = workbook.AddFormSheet("Паспорт проекта", landscape: false,
            [NumberWidth, CaptionWidth, RowNumberWidth, NameWidth, .. Enumerable.Repeat(MoneyWidth, last - First - 1)]);

        var row = data.IsDraft ? sheet.WriteDraftStamp(1, last) : 1;
        row = PassportXlsx.WriteSignatures(sheet, row, data.TopSignatures, (1, First + 1), (First + 3, last));

        sheet.Merge(row, 1, last, PassportCaptions.MunicipalTitle).Centered().Bold();
        sheet.Merge(row + 1, 1, last, $"«{data.ProjectName}»").Centered().Bold();
        row += 3;

        var top = row;
        row = Section(sheet, row, last, PassportCaptions.GeneralSection, passport.General);
        row = Section(sheet, row, last, PassportCaptions.DescriptionSection, passport.Description);
        sheet.Range(top, 1, row - 1, last).Grid();

        row++;
        foreach (var leader in data.LeaderSignatures)
        {
            row = PassportXlsx.WriteLeaderSignature(sheet, row, leader, (1, First + 2), (First + 4, last));
        }

        PassportXlsx.WriteSignatures(sheet, row, data.BottomSignatures, (1, First + 1), (First + 3, last));
    }

    private static int Section(IXLWorksheet sheet, int row, int last, string title, IReadOnlyList<PassportItem> items)
    {
        sheet.Merge(row, 1, last, title).Bold();
        row++;
        foreach (var item in items)
        {
            var first = row;
            row = item switch
            {
                { Executors: { } executors } => Executors(sheet, row, last, executors),
                { Stages: { } stages } => Stages(sheet, row, last, stages),
                { Budget: { } budget } => Budget(sheet, row, last, budget),
                _ => Paragraphs(sheet, row, last, item.Paragraphs),
            };
            sheet.Merge(first, 1, 1, "", rowSpan: row - first).FirstCell().SetValue(item.Number);
            sheet.Range(first, 1, row - 1, 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Merge(first, 2, 2, item.Caption, rowSpan: row - first);
            if (row - first == 1)
            {
                sheet.FitHeight(first, (item.Caption, CaptionWidth), (PassportXlsx.Text(item.Paragraphs), sheet.Width(First, last)));
            }
        }

        return row;
    }

    private static int Paragraphs(IXLWorksheet sheet, int row, int last, IReadOnlyList<PassportParagraph> paragraphs)
    {
        sheet.Merge(row, First, last, PassportXlsx.Text(paragraphs));
        return row + 1;
    }

    private static int Executors(IXLWorksheet sheet, int row, int last, IReadOnlyList<PassportExecutor> executors)
    {
        var header = PassportCaptions.ExecutorColumns;
        WriteExecutor(sheet, row, last, header);
        sheet.Range(row, First, row, last).Centered();
        row++;
        foreach (var executor in executors)
        {
            WriteExecutor(sheet, row, last, ["", executor.Name, executor.Position ?? "", executor.Email ?? "", executor.Phone ?? ""]);
            sheet.Cell(row, First).SetValue(executor.Number).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            row++;
        }

        return row;
    }

    // № п/п | ФИО | Должность (across the middle columns) | e-mail | phone.
    private static void WriteExecutor(IXLWorksheet sheet, int row, int last, IReadOnlyList<string> cells)
    {
        sheet.Cell(row, First).SetText(cells[0]);
        sheet.Cell(row, First + 1).SetText(cells[1]);
        sheet.Merge(row, First + 2, last - 2, cells[2]);
        sheet.Cell(row, last - 1).SetText(cells[3]);
        sheet.Cell(row, last).SetText(cells[4]);
        sheet.FitHeight(row,
            (cells[1], NameWidth), (cells[2], sheet.Width(First + 2, last - 2)), (cells[3], MoneyWidth), (cells[4], MoneyWidth));
    }

    private static int Stages(IXLWorksheet sheet, int row, int last, IReadOnlyList<PassportStageRow> stages)
    {
        sheet.Merge(row, First, last - 2, PassportCaptions.StageColumn);
        sheet.Cell(row, last - 1).SetText(PassportCaptions.StartColumn);
        sheet.Cell(row, last).SetText(PassportCaptions.EndColumn);
        sheet.Range(row, First, row, last).Centered();
        row++;
        foreach (var stage in stages)
        {
            var title = sheet.Merge(row, First, last - 2, stage.Title);
            title.Style.Font.Bold = stage.IsTotal;
            sheet.Cell(row, last - 1).SetDate(stage.Start).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Cell(row, last).SetDate(stage.End).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.FitHeight(row, (stage.Title, sheet.Width(First, last - 2)));
            row++;
        }

        return row;
    }

    // Наименование этапа (C:D) | «Всего, в том числе за счет средств:» (E) | one column per source (F…).
    private static int Budget(IXLWorksheet sheet, int row, int last, PassportStageBudget budget)
    {
        var nameWidth = RowNumberWidth + NameWidth;
        sheet.Merge(row, First, First + 1, PassportCaptions.StageColumn, rowSpan: 2);
        sheet.Merge(row, First + 2, last, PassportCaptions.StageBudgetAmounts);
        sheet.Cell(row + 1, First + 2).SetText(PassportCaptions.StageBudgetTotal);
        for (var i = 0; i < budget.Sources.Count; i++)
        {
            sheet.Cell(row + 1, First + 3 + i).SetText(budget.Sources[i]);
        }

        sheet.Range(row, First, row + 1, last).Centered();
        sheet.FitHeight(row + 1, [(PassportCaptions.StageBudgetTotal, MoneyWidth), .. budget.Sources.Select(s => (s, MoneyWidth))]);
        row += 2;
        foreach (var line in budget.Rows)
        {
            var title = sheet.Merge(row, First, First + 1, line.Title);
            title.Style.Font.Bold = line.IsTotal;
            for (var i = 0; i < line.Cells.Count; i++)
            {
                var cell = sheet.Cell(row, First + 2 + i).SetMoney(line.Cells[i]);
                cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                cell.Style.Font.Bold = line.IsTotal;
            }

            sheet.FitHeight(row, (line.Title, nameWidth));
            row++;
        }

        return row;
    }
}
