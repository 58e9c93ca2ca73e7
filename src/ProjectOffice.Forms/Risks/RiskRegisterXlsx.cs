using System.Globalization;
using ClosedXML.Excel;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.Risks;

/// <summary>«Реестр рисков проекта» as a workbook: the register sheet (heat map as a count table, risks, problems), landscape.</summary>
public static class RiskRegisterXlsx
{
    private static readonly double[] Widths = [5, 11, 40, 16, 5, 5, 11, 36, 22, 12, 12];

    public static byte[] Write(RiskRegisterData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var workbook = FormWorkbook.Create();
        var sheet = workbook.AddFormSheet(RiskCaptions.FormTitle, landscape: true, Widths);
        var last = Widths.Length;
        sheet.Merge(1, 1, last, RiskCaptions.Heading).Centered().Bold();
        sheet.Merge(2, 1, last, $"{data.ProjectCaption} «{data.ProjectName}»").Centered().Bold();
        sheet.Merge(3, 1, last, data.AsOf).Centered();
        var row = WriteHeatMap(sheet, data.HeatMap, 5) + 1;
        sheet.Merge(row++, 1, last, RiskCaptions.Legend);

        var header = row;
        for (var i = 0; i < RiskCaptions.RiskColumns.Count; i++)
        {
            sheet.Cell(header, i + 1).SetText(RiskCaptions.RiskColumns[i]);
        }

        sheet.Range(header, 1, header, last).Centered().Bold();
        row++;
        foreach (var risk in data.Risks)
        {
            var text = string.Join("\n", new[]
            {
                risk.Title, risk.Description, risk.Cause is null ? null : RiskCaptions.Cause + risk.Cause,
                risk.Consequence is null ? null : RiskCaptions.Consequence + risk.Consequence,
            }.OfType<string>());
            var response = string.Join("\n", risk.Measures.Select(m => "- " + m).Prepend(risk.Strategy));
            sheet.Cell(row, 1).SetText(risk.Number);
            sheet.Cell(row, 2).SetText(risk.Kind);
            sheet.Cell(row, 3).SetText(text);
            sheet.Cell(row, 4).SetText(risk.Owner);
            sheet.Cell(row, 5).SetNumber(risk.Probability);
            sheet.Cell(row, 6).SetNumber(risk.Impact);
            sheet.Cell(row, 7).SetText(string.Create(CultureInfo.InvariantCulture, $"{risk.Score} {risk.LevelLabel}"));
            sheet.Cell(row, 8).SetText(response);
            sheet.Cell(row, 9).SetText(risk.Trigger ?? "");
            sheet.Cell(row, 10).SetText(risk.ReviewDate);
            sheet.Cell(row, 11).SetText(risk.StatusLabel);
            sheet.Cell(row, 7).Style.Fill.BackgroundColor = XLColor.FromHtml(RiskHeatMap.Fill(risk.Level));
            sheet.FitHeight(row++, (text, Widths[2]), (response, Widths[7]), (risk.Trigger ?? "", Widths[8]));
        }

        if (data.Risks.Count == 0)
        {
            sheet.Merge(row++, 1, last, RiskCaptions.NoRisks);
        }

        sheet.Range(header, 1, row - 1, last).Grid();

        row++;
        sheet.Merge(row++, 1, last, RiskCaptions.ProblemsHeading).Bold();
        var problemHeader = row;
        // Problems take the risks' columns in pairs where the text is long: № | problem (2–3) | risk (4) | decision (5–8) | responsible (9) | deadline (10) | status (11).
        (int From, int To)[] places = [(1, 1), (2, 3), (4, 4), (5, 8), (9, 9), (10, 10), (11, 11)];
        void Put(int at, int column, string text)
        {
            var (from, to) = places[column];
            if (from == to)
            {
                sheet.Cell(at, from).SetText(text);
            }
            else
            {
                sheet.Merge(at, from, to, text);
            }
        }

        for (var i = 0; i < RiskCaptions.ProblemColumns.Count; i++)
        {
            Put(problemHeader, i, RiskCaptions.ProblemColumns[i]);
        }

        sheet.Range(problemHeader, 1, problemHeader, last).Centered().Bold();
        row++;
        foreach (var problem in data.Problems)
        {
            var title = problem.Description is null ? problem.Title : $"{problem.Title}\n{problem.Description}";
            string[] cells = [problem.Number, title, problem.Risk ?? "", problem.Decision ?? "", problem.Responsible, problem.Deadline, problem.StatusText];
            for (var i = 0; i < cells.Length; i++)
            {
                Put(row, i, cells[i]);
            }

            sheet.FitHeight(row++, (title, Widths[1] + Widths[2]), (problem.Decision ?? "", Widths[4] + Widths[5] + Widths[6] + Widths[7]));
        }

        if (data.Problems.Count == 0)
        {
            sheet.Merge(row++, 1, last, RiskCaptions.NoProblems);
        }

        sheet.Range(problemHeader, 1, row - 1, last).Grid();
        if (data.Signatures.Count > 0)
        {
            sheet.WriteSignatures(row + 1, data.Signatures, (1, 3), (8, last));
        }

        return workbook.ToBytes();
    }

    /// <summary>The heat map as a table of counts: probability down the side (highest first), impact along the bottom.</summary>
    private static int WriteHeatMap(IXLWorksheet sheet, RiskHeatMap map, int top)
    {
        sheet.Merge(top, 1, Widths.Length, RiskCaptions.HeatMap).Bold();
        var row = top + 1;
        foreach (var line in map.Cells.GroupBy(c => c.Probability).OrderByDescending(g => g.Key))
        {
            sheet.Merge(row, 1, 2, $"{RiskCaptions.Probability} {line.Key}");
            foreach (var cell in line)
            {
                var target = sheet.Cell(row, 2 + cell.Impact);
                target.SetNumber(cell.Count);
                target.Style.Fill.BackgroundColor = XLColor.FromHtml(RiskHeatMap.Fill(cell.Level));
                target.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            }

            row++;
        }

        sheet.Merge(row, 1, 2, RiskCaptions.Impact);
        for (var mark = 1; mark <= map.Scale; mark++)
        {
            sheet.Cell(row, 2 + mark).SetNumber(mark).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        }

        sheet.Range(top + 1, 1, row, 2 + map.Scale).Grid();
        return row + 1;
    }
}
