using ClosedXML.Excel;
using ProjectOffice.Domain.Practices;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.Practices;

/// <summary>
/// «Паспорт практики» as a workbook: one A4 sheet, the sections one under another as on paper, texts one paragraph
/// per row across the sheet, tables on a five-column grid (№ and four content columns that a table's columns span),
/// amounts as numbers.
/// </summary>
public static class PracticeXlsx
{
    private static readonly double[] Widths = [6, 36, 22, 18, 18];
    private const int Last = 5;

    // Excel refuses rows taller than 409 points; a longer paragraph keeps its text and scrolls in the cell.
    private const double MaxRowHeight = 409;

    public static byte[] Write(PracticeFormData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var p = data.Practice;
        using var workbook = FormWorkbook.Create();
        var sheet = workbook.AddFormSheet("Паспорт практики", landscape: false, Widths);
        var writer = new SheetWriter(sheet);

        if (data.IsDraft)
        {
            var stamp = sheet.Cell(1, Last).SetText("ПРОЕКТ");
            stamp.Style.Font.Bold = true;
            stamp.Style.Border.OutsideBorder = XLBorderStyleValues.Medium;
            stamp.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            writer.Skip(2);
        }

        if (p.AnnexNumber is { } annex)
        {
            writer.Line($"Приложение № {annex}").Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        }

        var title = writer.Line("Паспорт практики");
        title.Style.Font.Bold = true;
        title.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        writer.Skip(1);

        writer.Heading(1).Line(p.Name);
        writer.Heading(2).Line(p.Territory);
        writer.Heading(3).LineIfAny(p.DonorPractice);
        writer.Heading(4).Rich(p.Prerequisites);
        writer.Heading(5).LineIfAny(p.PeriodText);
        writer.Heading(6).Rich(p.IndicatorsBefore);
        writer.Heading(7).Rich(p.GoalsAndTasks);

        writer.Heading(8).Table([(1, 1), (2, 5)], ["№", "Описание возможности"], Numbered(data.Opportunities, r => [r.Text]));
        writer.Heading(9).Table([(1, 1), (2, 5)], ["№", "Описание подхода"], Numbered(data.Approaches, r => [r.Text]));
        WriteResults(writer.Heading(10), data);
        writer.Heading(11).Table([(1, 1), (2, 2), (3, 5)], ["№", "Участник", "Описание его роли в реализации практики"],
            Numbered(p.Participants, r => [r.Name, r.Role]));
        writer.Heading(12).Table([(1, 2), (3, 5)],
            ["Количество граждан, участвующих в реализации практики", "Количество граждан, на которых направлен эффект от реализации практики"],
            data.StakeholderRows.Select(r => new[] { r.Involved?.Printed, r.Reached?.Printed }));
        writer.Heading(13).Rich(p.BusinessModel);
        WriteDescription(writer.Heading(14), data);
        writer.Heading(15).Line("Описание перечня мероприятий, которые были предприняты для реализации практики").Style.Font.Italic = true;
        writer.Table([(1, 1), (2, 3), (4, 5)], ["№", "Описание мероприятия", "Исполнитель"], Numbered(p.Actions, r => [r.Description, r.Executor]));
        writer.Heading(16);
        if (data.AdoptedActs.Count > 0)
        {
            writer.Line("Принятые НПА").Style.Font.Italic = true;
            writer.Table([(1, 1), (2, 3), (4, 5)], ["№", "Наименование НПА", "Результат принятия НПА"], Numbered(data.AdoptedActs, r => [r.Name, r.Result]));
        }

        if (data.AmendedActs.Count > 0)
        {
            writer.Line("Измененные НПА").Style.Font.Italic = true;
            writer.Table([(1, 1), (2, 2), (3, 3), (4, 5)], ["№", "Наименование НПА", "Изменения, внесенные в НПА", "Результат внесения изменений"],
                Numbered(data.AmendedActs, r => [r.Name, r.Changes, r.Result]));
        }

        WriteResources(writer.Heading(17), p.Resources);
        writer.Heading(18).Table([(1, 1), (2, 2), (3, 5)], ["№", "Выгодополучатель / группа выгодополучателей", "Описание выгод, полученных в результате внедрения практики"],
            Numbered(p.Beneficiaries, r => [r.Name, r.Benefits]));
        WriteCosts(writer.Heading(19), data);
        writer.Heading(20).Rich(p.IndicatorsAfter);
        writer.Heading(21).Rich(p.LeaderAndTeam);
        writer.Heading(22).Line("Ссылки на официальный сайт практики, группы в социальных сетях и т.п.").Style.Font.Italic = true;
        writer.Table([(1, 1), (2, 3), (4, 5)], ["№", "Наименование ресурса", "Ссылка на ресурс"], Numbered(p.Links, r => [r.Name, r.Url]));
        writer.Heading(23).Table([(1, 1), (2, 3), (4, 5)], ["№", "Ответственный (ФИО, должность)", "Телефон, электронная почта"],
            Numbered(p.Contacts, r => [r.NameWithPosition, string.Join("\n", new[] { r.Phone, r.Email }.OfType<string>())]));

        if (data.HasSignature)
        {
            writer.Skip(1);
            writer.Signature(p.SignaturePosition, p.SignatureOrganisation, p.SignatureName);
        }

        return workbook.ToBytes();
    }

    private static void WriteResults(SheetWriter writer, PracticeFormData data)
    {
        var results = data.Practice.Results;
        if (results.Count == 0)
        {
            return;
        }

        var sheet = writer.Sheet;
        var top = writer.Row;
        sheet.Merge(top, 1, 1, "№", rowSpan: 2);
        sheet.Merge(top, 2, 3, "Показатель, единица измерения", rowSpan: 2);
        sheet.Merge(top, 4, 5, "Значение показателя");
        sheet.Cell(top + 1, 4).SetText("за последний год реализации практики");
        sheet.Cell(top + 1, 5).SetText("за весь период реализации");
        sheet.Range(top, 1, top + 1, Last).Centered();
        writer.Fit(top + 1, ("за последний год реализации практики", Widths[3]));
        writer.Skip(2);
        foreach (var row in Numbered(results, r => [r.IndicatorWithUnit, r.LastYearText, r.WholePeriodText]))
        {
            writer.Cells([(1, 1), (2, 3), (4, 4), (5, 5)], row, centred: [0, 2, 3]);
        }

        sheet.Range(top, 1, writer.Row - 1, Last).Grid();
        foreach (var (n, result) in data.CommentedResults)
        {
            writer.Line($"Комментарии по пункту {n} таблицы:").Style.Font.Italic = true;
            writer.Rich(result.Comment);
        }
    }

    private static void WriteDescription(SheetWriter writer, PracticeFormData data)
    {
        var p = data.Practice;
        writer.Rich(p.Description);
        if (data.HasDescriptionTable)
        {
            var columns = p.DescriptionTableColumns.Count;
            // The author's columns share columns 2–5; more than four share the last one.
            (int, int)[] spans = columns switch
            {
                1 => [(2, 5)],
                2 => [(2, 3), (4, 5)],
                3 => [(2, 2), (3, 3), (4, 5)],
                _ => [(2, 2), (3, 3), (4, 4), (5, 5)],
            };
            string?[] Fold(IReadOnlyList<string> cells) =>
                cells.Count <= spans.Length ? [.. cells] : [.. cells.Take(spans.Length - 1), string.Join("\n", cells.Skip(spans.Length - 1))];
            writer.Table([(1, 1), .. spans], ["№ п/п", .. Fold(p.DescriptionTableColumns)],
                p.DescriptionTableRows.Select((r, i) => new[] { $"{i + 1}" }.Concat(Fold(r)).ToArray()));
        }

        writer.Rich(p.DescriptionAfterTable);
    }

    private static void WriteResources(SheetWriter writer, List<PracticeResource> resources)
    {
        if (resources.Count == 0)
        {
            return;
        }

        var sheet = writer.Sheet;
        var top = writer.Row;
        writer.Cells([(1, 1), (2, 3), (4, 5)], ["№", "Описание ресурса", "Для каких целей данный ресурс необходим"], centred: [0, 1, 2]);
        foreach (var (resource, n) in resources.Select((r, i) => (r, i + 1)))
        {
            var purposes = resource.PurposeLines();
            var first = writer.Row;
            foreach (var purpose in purposes.DefaultIfEmpty(""))
            {
                writer.Cells([(4, 5)], [purpose]);
            }

            // № and the description span all the rows of the resource's purposes, as on paper.
            sheet.Merge(first, 1, 1, $"{n}", rowSpan: writer.Row - first).Centered();
            sheet.Merge(first, 2, 3, resource.Description, rowSpan: writer.Row - first);
        }

        sheet.Range(top, 1, writer.Row - 1, Last).Grid();
    }

    private static void WriteCosts(SheetWriter writer, PracticeFormData data)
    {
        var costs = data.Practice.Costs;
        if (costs.Count == 0)
        {
            return;
        }

        var sheet = writer.Sheet;
        var top = writer.Row;
        writer.Cells([(1, 1), (2, 2), (3, 3), (4, 5)], ["№", "Статья затрат", "Объем затрат, тыс. руб.", "Источник финансирования"], centred: [0, 1, 2, 3]);
        foreach (var (cost, n) in costs.Select((c, i) => (c, i + 1)))
        {
            var row = writer.Row;
            writer.Cells([(1, 1), (2, 2), (3, 3), (4, 5)], [$"{n}", cost.Item, cost.AmountText, cost.Source], centred: [0, 2]);
            sheet.Cell(row, 3).SetNumber(cost.Amount);
        }

        var total = writer.Row;
        writer.Cells([(1, 1), (2, 2), (3, 3), (4, 5)], ["", "Итого", "", ""], centred: [2]);
        sheet.Cell(total, 3).SetNumber(Math.Round(data.CostTotal, 3) + 0.000m);
        sheet.Row(total).Style.Font.Bold = true;
        sheet.Range(top, 1, total, Last).Grid();
    }

    private static IEnumerable<string?[]> Numbered<T>(IEnumerable<T> rows, Func<T, string?[]> cells) =>
        rows.Select((row, i) => new[] { $"{i + 1}" }.Concat(cells(row)).ToArray());

    /// <summary>Writes down the sheet, one row after another.</summary>
    private sealed class SheetWriter(IXLWorksheet sheet)
    {
        public IXLWorksheet Sheet { get; } = sheet;
        public int Row { get; private set; } = 1;

        public void Skip(int rows) => Row += rows;

        public SheetWriter Heading(int section)
        {
            Skip(1);
            Line(PracticeSections.Heading(section)).Style.Font.Bold = true;
            return this;
        }

        public IXLRange Line(string text)
        {
            var range = Sheet.Merge(Row, 1, Last, text);
            Fit(Row, (text, Sheet.Width(1, Last)));
            Row++;
            return range;
        }

        public SheetWriter LineIfAny(string? text)
        {
            if (text is not null)
            {
                Line(text);
            }

            return this;
        }

        /// <summary>RichText markup: a paragraph per row across the sheet, list items indented under a bullet.</summary>
        public SheetWriter Rich(string? markup)
        {
            foreach (var block in RichText.Parse(markup))
            {
                if (!block.IsList)
                {
                    Line(block.Paragraph!);
                    continue;
                }

                foreach (var item in block.Items)
                {
                    Sheet.Cell(Row, 1).SetText("•").Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                    Sheet.Merge(Row, 2, Last, item);
                    Fit(Row, (item, Sheet.Width(2, Last)));
                    Row++;
                }
            }

            return this;
        }

        /// <summary>A bordered table: a header row and the rows, each cell across its span of columns.</summary>
        public SheetWriter Table((int From, int To)[] spans, string?[] headers, IEnumerable<string?[]> rows)
        {
            var list = rows.ToList();
            if (list.Count == 0)
            {
                return this;
            }

            var top = Row;
            Cells(spans, headers, centred: [.. Enumerable.Range(0, headers.Length)]);
            foreach (var row in list)
            {
                Cells(spans, row, centred: [0]);
            }

            Sheet.Range(top, spans.Min(s => s.From), Row - 1, spans.Max(s => s.To)).Grid();
            return this;
        }

        public void Cells((int From, int To)[] spans, string?[] cells, int[]? centred = null)
        {
            for (var j = 0; j < spans.Length && j < cells.Length; j++)
            {
                var range = Sheet.Merge(Row, spans[j].From, spans[j].To, cells[j] ?? "");
                if (centred?.Contains(j) == true)
                {
                    range.Centered();
                }
            }

            Fit(Row, [.. spans.Select((s, j) => (j < cells.Length ? cells[j] ?? "" : "", Sheet.Width(s.From, s.To)))]);
            Row++;
        }

        public void Signature(string? position, string? organisation, string? name)
        {
            var left = string.Join("\n", new[] { position, organisation }.OfType<string>());
            Sheet.Merge(Row, 1, 3, left);
            Sheet.Merge(Row, 4, Last, name ?? "").Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            Sheet.Cell(Row, 4).Style.Alignment.Vertical = XLAlignmentVerticalValues.Bottom;
            Fit(Row, (left, Sheet.Width(1, 3)));
            Row++;
        }

        public void Fit(int row, params (string Text, double Width)[] cells)
        {
            Sheet.FitHeight(row, cells);
            Sheet.Row(row).Height = Math.Min(MaxRowHeight, Sheet.Row(row).Height);
        }
    }
}
