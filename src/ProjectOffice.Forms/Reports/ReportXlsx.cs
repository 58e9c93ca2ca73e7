using ClosedXML.Excel;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.Reports;

/// <summary>«Отчет о ходе реализации проекта» as a workbook: the same document, captions and order as the print, landscape.</summary>
public static class ReportXlsx
{
    private static readonly double[] Widths = [7, 40, 12, 12, 11, 16, 26, 30, 30];

    public static byte[] Write(ReportDocument data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var last = Widths.Length;
        using var workbook = FormWorkbook.Create();
        var sheet = workbook.AddFormSheet("Отчет", landscape: true, Widths);
        var row = data.IsDraft ? sheet.WriteDraftStamp(1, last) : 1;
        sheet.Merge(row++, 1, last, ReportCaptions.FormTitle).Centered().Bold();
        sheet.Merge(row++, 1, last, ReportCaptions.Subtitle(data)).Centered().Bold();
        sheet.Merge(row++, 1, last, ReportCaptions.StatusLine(data));
        row++;

        row = Heading(sheet, row, last, ReportCaptions.EventsHeading);
        var header = row;
        row = Header(sheet, row, ReportCaptions.EventColumns);
        foreach (var e in data.Events)
        {
            sheet.Cell(row, 1).SetText(e.Number);
            sheet.Cell(row, 2).SetText(e.Name);
            Date(sheet.Cell(row, 3), e.PlannedDate);
            Date(sheet.Cell(row, 4), e.DoneOn);
            if (e.DeviationDays is { } days)
            {
                sheet.Cell(row, 5).SetNumber(days);
            }

            sheet.Cell(row, 6).SetText(e.Status);
            sheet.Cell(row, 7).SetText(e.Responsible ?? "");
            sheet.Cell(row, 8).SetText(e.Explanation ?? "");
            sheet.Cell(row, 9).SetText(e.Measures ?? "");
            sheet.FitHeight(row++, (e.Name, Widths[1]), (e.Responsible ?? "", Widths[6]), (e.Explanation ?? "", Widths[7]), (e.Measures ?? "", Widths[8]));
        }

        row = Close(sheet, header, row, ReportCaptions.EventColumns.Count, data.RuleText, last);

        row = Heading(sheet, row, last, ReportCaptions.IndicatorsHeading);
        header = row;
        row = Header(sheet, row, ReportCaptions.IndicatorColumns);
        foreach (var i in data.Indicators)
        {
            sheet.Cell(row, 1).SetText(i.Number);
            sheet.Cell(row, 2).SetText(i.Name);
            sheet.Cell(row, 3).SetText(i.Unit ?? "");
            sheet.Cell(row, 4).SetText(i.TargetText ?? "");
            sheet.Cell(row, 5).SetText(i.ActualText ?? "");
            Number(sheet.Cell(row, 6), i.Cumulative);
            sheet.Cell(row, 7).SetText($"{ReportCaptions.Percent(i.Percent)} ({ReportCaptions.Light(i.Light)})");
            sheet.Cell(row, 8).SetText(i.ForecastText ?? "");
            sheet.FitHeight(row++, (i.Name, Widths[1]));
        }

        row = Close(sheet, header, row, ReportCaptions.IndicatorColumns.Count, data.RuleText, last);

        row = Heading(sheet, row, last, ReportCaptions.BudgetHeading);
        header = row;
        row = Header(sheet, row, ReportCaptions.BudgetColumns);
        foreach (var b in data.Budget.Append(data.BudgetTotal))
        {
            sheet.Cell(row, 1).SetText(b.Source);
            Number(sheet.Cell(row, 2), b.Planned);
            Number(sheet.Cell(row, 3), b.Executed);
            Number(sheet.Cell(row, 4), b.Cumulative);
            sheet.Cell(row, 5).SetText($"{ReportCaptions.Percent(b.PercentOfYear)} ({ReportCaptions.Light(b.Light)})"
                                       + (b.ExceedsPlan ? $", {ReportCaptions.ExceedsPlanNote}" : ""));
            row++;
        }

        row = Close(sheet, header, row, ReportCaptions.BudgetColumns.Count, data.RuleText, last);

        row = Heading(sheet, row, last, ReportCaptions.RisksHeading);
        var risks = data.Risks ?? ReportCaptions.Nothing;
        sheet.Merge(row, 1, last, risks);
        sheet.FitHeight(row++, (risks, sheet.Width(1, last)));
        if (data.RegisterRisks.Count > 0)
        {
            sheet.Merge(row++, 1, last, ReportCaptions.RegisterRisksCaption);
            header = row;
            row = Header(sheet, row, ReportCaptions.RiskColumns);
            foreach (var r in data.RegisterRisks)
            {
                sheet.Cell(row, 1).SetText(r.Kind);
                sheet.Cell(row, 2).SetText(r.Title);
                sheet.Cell(row, 3).SetText(r.State);
                sheet.Cell(row, 4).SetText(r.Responsible ?? "");
                Date(sheet.Cell(row, 5), r.Date);
                sheet.Cell(row, 6).SetText(r.Decision ?? "");
                if (r.IsLate)
                {
                    sheet.Range(row, 1, row, ReportCaptions.RiskColumns.Count).Style.Font.Bold = true;
                }

                sheet.FitHeight(row, (r.Title, Widths[1]), (r.Decision ?? "", Widths[5]));
                row++;
            }

            sheet.Range(header, 1, row - 1, ReportCaptions.RiskColumns.Count).Grid();
            row++;
        }
        row = Heading(sheet, row, last, ReportCaptions.ProposalsHeading);
        sheet.Merge(row, 1, last, data.Proposals ?? ReportCaptions.Nothing);
        sheet.FitHeight(row, (data.Proposals ?? "", sheet.Width(1, last)));
        sheet.WriteSignatures(row + 2, data.Signatures, (1, 3), (6, last));
        return workbook.ToBytes();
    }

    private static int Heading(IXLWorksheet sheet, int row, int last, string text)
    {
        sheet.Merge(row, 1, last, text).Bold();
        return row + 1;
    }

    private static int Header(IXLWorksheet sheet, int row, IReadOnlyList<string> captions)
    {
        for (var i = 0; i < captions.Count; i++)
        {
            sheet.Cell(row, i + 1).SetText(captions[i]);
        }

        sheet.Range(row, 1, row, captions.Count).Centered().Bold();
        sheet.FitHeight(row, captions.Select((c, i) => (c, Widths[i])).ToArray());
        return row + 1;
    }

    /// <summary>Borders around the table and the deviation rule under it.</summary>
    private static int Close(IXLWorksheet sheet, int header, int row, int columns, string rule, int last)
    {
        sheet.Range(header, 1, row - 1, columns).Grid();
        sheet.Merge(row, 1, last, rule).Style.Font.Italic = true;
        sheet.FitHeight(row, (rule, sheet.Width(1, last)));
        return row + 2;
    }

    private static void Date(IXLCell cell, DateOnly? date)
    {
        if (date is { } value)
        {
            cell.SetDate(value);
        }
    }

    private static void Number(IXLCell cell, decimal? value)
    {
        if (value is { } number)
        {
            cell.SetNumber(number);
        }
    }
}
