using ClosedXML.Excel;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.Plan;

/// <summary>«План мероприятий» as a workbook: the printed form's rows, captions and order, one sheet, landscape.</summary>
public static class PlanXlsx
{
    private const double NumberWidth = 8;
    private const double DateWidth = 13;

    public static byte[] Write(PlanFormData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var workbook = FormWorkbook.Create();
        if (data.National)
        {
            WriteNational(workbook, data);
        }
        else
        {
            WriteMunicipal(workbook, data);
        }

        return workbook.ToBytes();
    }

    private static void WriteMunicipal(XLWorkbook workbook, PlanFormData data)
    {
        const double nameWidth = 42, indicatorWidth = 28, responsibleWidth = 52;
        var valueColumns = Math.Max(1, data.Years.Count);
        var valueWidth = data.Years.Count == 0 ? 12 : 9;
        var last = 6 + valueColumns;
        var sheet = workbook.AddFormSheet("План мероприятий", landscape: true,
            [NumberWidth, nameWidth, DateWidth, DateWidth, indicatorWidth, .. Enumerable.Repeat((double)valueWidth, valueColumns), responsibleWidth]);

        var row = Top(sheet, data, last, (1, 2), (5, last));
        sheet.Merge(row, 1, last, "ПЛАН МЕРОПРИЯТИЙ").Centered().Bold();
        sheet.Merge(row + 1, 1, last, $"проекта «{data.ProjectName}»").Centered().Bold();
        row += 3;

        var header = row;
        var headerRows = data.Years.Count == 0 ? 2 : 3;
        sheet.Merge(header, 1, 1, PlanCaptions.Number, rowSpan: headerRows);
        sheet.Merge(header, 2, 2, PlanCaptions.MunicipalName, rowSpan: headerRows);
        sheet.Merge(header, 3, 3, PlanCaptions.MunicipalStart, rowSpan: headerRows);
        sheet.Merge(header, 4, 4, PlanCaptions.MunicipalEnd, rowSpan: headerRows);
        sheet.Merge(header, 5, 5 + valueColumns, PlanCaptions.MunicipalResult);
        sheet.Merge(header, last, last, PlanCaptions.MunicipalResponsible, rowSpan: headerRows);
        if (data.Years.Count == 0)
        {
            sheet.Cell(header + 1, 5).SetText(PlanCaptions.MunicipalIndicator);
            sheet.Cell(header + 1, 6).SetText(PlanCaptions.MunicipalPlannedValue);
        }
        else
        {
            sheet.Merge(header + 1, 5, 5, PlanCaptions.MunicipalIndicator, rowSpan: 2);
            sheet.Merge(header + 1, 6, 5 + valueColumns, PlanCaptions.MunicipalPlannedValue);
            for (var i = 0; i < data.Years.Count; i++)
            {
                sheet.Cell(header + 2, 6 + i).SetValue(data.Years[i]);
            }
        }

        sheet.Range(header, 1, header + headerRows - 1, last).Centered();
        sheet.FitHeight(header, (PlanCaptions.MunicipalEnd, DateWidth));
        sheet.FitHeight(header + 1, (PlanCaptions.MunicipalIndicator, indicatorWidth));
        sheet.PageSetup.SetRowsToRepeatAtTop(header, header + headerRows - 1);
        row = header + headerRows;

        foreach (var item in data.Rows)
        {
            if (item.Kind == PlanFormRowKind.Heading)
            {
                Heading(sheet, row++, last, item.PrintedName);
                continue;
            }

            sheet.Cell(row, 1).SetText(item.Number).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Cell(row, 2).SetText(item.PrintedName);
            sheet.Cell(row, 3).SetPrintedDate(item.Start);
            SetEnd(sheet.Cell(row, 4), item);
            sheet.Cell(row, 5).SetText(item.Indicator ?? "");
            if (data.Years.Count == 0)
            {
                sheet.Cell(row, 6).SetPhrase(item.PlannedValue);
            }
            else if (item.YearValues.All(v => v.Length == 0))
            {
                sheet.Merge(row, 6, 5 + valueColumns, "").FirstCell().SetPhrase(item.PlannedValue);
            }
            else
            {
                for (var i = 0; i < item.YearValues.Count; i++)
                {
                    sheet.Cell(row, 6 + i).SetPhrase(item.YearValues[i]);
                }
            }

            sheet.Range(row, 6, row, 5 + valueColumns).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Cell(row, last).SetText(item.PrintedResponsible ?? "");
            sheet.FitHeight(row, (item.PrintedName, nameWidth), (item.Start?.Text ?? "", DateWidth), (item.End?.Text ?? "", DateWidth),
                (item.Indicator ?? "", indicatorWidth), (item.PrintedResponsible ?? "", responsibleWidth));
            row++;
        }

        sheet.Range(header, 1, row - 1, last).Grid();
        Bottom(sheet, data, row, last, (1, 2), (5, last));
    }

    private static void WriteNational(XLWorkbook workbook, PlanFormData data)
    {
        const double nameWidth = 60, responsibleWidth = 24, documentWidth = 30, levelWidth = 11;
        const int last = 7;
        var sheet = workbook.AddFormSheet("План мероприятий", landscape: true,
            NumberWidth, nameWidth, DateWidth, DateWidth, responsibleWidth, documentWidth, levelWidth);

        var row = Top(sheet, data, last, (1, 2), (5, last));
        if (data.Annex is { } annex)
        {
            sheet.Merge(row, 5, last, $"ПРИЛОЖЕНИЕ № {annex}");
            sheet.Merge(row + 1, 5, last, $"к паспорту {data.LevelGenitive}");
            sheet.Merge(row + 2, 5, last, $"«{data.ProjectName}»");
            row += 4;
        }

        sheet.Merge(row, 1, last, "План мероприятий").Centered().Bold();
        sheet.Merge(row + 1, 1, last, $"по реализации {data.LevelGenitive} «{data.ProjectName}»").Centered().Bold();
        row += 3;

        var header = row;
        sheet.Merge(header, 1, 1, PlanCaptions.Number, rowSpan: 2);
        sheet.Merge(header, 2, 2, PlanCaptions.NationalName, rowSpan: 2);
        sheet.Merge(header, 3, 4, PlanCaptions.NationalTerm);
        sheet.Cell(header + 1, 3).SetText(PlanCaptions.NationalStart);
        sheet.Cell(header + 1, 4).SetText(PlanCaptions.NationalEnd);
        sheet.Merge(header, 5, 5, PlanCaptions.NationalResponsible, rowSpan: 2);
        sheet.Merge(header, 6, 6, PlanCaptions.NationalDocument, rowSpan: 2);
        sheet.Merge(header, 7, 7, data.Caption(PlanCaptions.NationalLevel), rowSpan: 2);
        sheet.Range(header, 1, header + 1, last).Centered();
        sheet.FitHeight(header, (PlanCaptions.NationalDocument, documentWidth));
        sheet.PageSetup.SetRowsToRepeatAtTop(header, header + 1);
        row = header + 2;

        foreach (var item in data.Rows)
        {
            if (item.Kind == PlanFormRowKind.Heading)
            {
                Heading(sheet, row++, last, item.PrintedName);
                continue;
            }

            sheet.Cell(row, 1).SetText(item.Number).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Cell(row, 2).SetText(item.PrintedName);
            sheet.Cell(row, 3).SetPrintedDate(item.Start);
            SetEnd(sheet.Cell(row, 4), item);
            sheet.Cell(row, 5).SetText(item.PrintedResponsible ?? "");
            sheet.Cell(row, 6).SetText(item.DocumentType ?? "");
            sheet.Cell(row, 7).SetText(item.ControlLevel ?? "").Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            if (item.Kind == PlanFormRowKind.Result)
            {
                sheet.Range(row, 1, row, last).Style.Font.Bold = true;
            }

            sheet.FitHeight(row, (item.PrintedName, nameWidth), (item.Start?.Text ?? "", DateWidth), (item.End?.Text ?? "", DateWidth),
                (item.PrintedResponsible ?? "", responsibleWidth), (item.DocumentType ?? "", documentWidth));
            row++;
        }

        sheet.Range(header, 1, row - 1, last).Grid();
        Bottom(sheet, data, row, last, (1, 2), (5, last));
    }

    // A footnote mark after the date makes the cell text; without one the date stays a date.
    private static void SetEnd(IXLCell cell, PlanFormRow item)
    {
        if (item.EndMarker is null)
        {
            cell.SetPrintedDate(item.End);
        }
        else
        {
            cell.SetText(item.PrintedEnd ?? "");
        }
    }

    // The draft stamp and the top signature blocks; returns the row the form's title goes to.
    private static int Top(IXLWorksheet sheet, PlanFormData data, int last, (int, int) left, (int, int) right)
    {
        var row = data.IsDraft ? sheet.WriteDraftStamp(1, last) : 1;
        return data.TopSignatures.Count == 0 ? row : sheet.WriteSignatures(row, data.TopSignatures, left, right) + 1;
    }

    // Footnotes under the table, then the bottom signature blocks.
    private static void Bottom(IXLWorksheet sheet, PlanFormData data, int row, int last, (int, int) left, (int, int) right)
    {
        if (data.Footnotes.Count > 0)
        {
            row++;
            foreach (var footnote in data.Footnotes)
            {
                var text = $"{footnote.Marker} {footnote.Text}";
                sheet.Merge(row, 1, last, text).Style.Font.FontSize = 10;
                sheet.FitHeight(row++, (text, sheet.Width(1, last)));
            }
        }

        if (data.BottomSignatures.Count > 0)
        {
            sheet.WriteSignatures(row + 1, data.BottomSignatures, left, right);
        }
    }

    private static void Heading(IXLWorksheet sheet, int row, int last, string text)
    {
        sheet.Merge(row, 1, last, text).Style.Font.Bold = true;
        sheet.FitHeight(row, (text, sheet.Width(1, last)));
    }
}
