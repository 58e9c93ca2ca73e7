using ClosedXML.Excel;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.Gantt;

/// <summary>The Gantt chart as a workbook: its rows as a table (a chart is not worth redrawing in cells).</summary>
public static class GanttXlsx
{
    private const double NumberWidth = 10, NameWidth = 70, DateWidth = 14, EventsWidth = 60;
    private const int Last = 5;

    public static byte[] Write(GanttFormData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var workbook = FormWorkbook.Create();
        var sheet = workbook.AddFormSheet("Диаграмма Ганта", landscape: true, NumberWidth, NameWidth, DateWidth, DateWidth, EventsWidth);
        var row = data.IsDraft ? sheet.WriteDraftStamp(1, Last) : 1;
        sheet.Merge(row, 1, Last, "ДИАГРАММА ГАНТА").Centered().Bold();
        sheet.Merge(row + 1, 1, Last, $"плана мероприятий {data.ProjectCaption} «{data.ProjectName}»").Centered().Bold();
        sheet.Merge(row + 2, 1, Last, $"по состоянию на {RussianDates.Numeric(data.Today)}").Centered();
        var header = row + 4;
        string[] captions = ["№", "Наименование", "Начало", "Окончание", "Контрольные события"];
        for (var i = 0; i < captions.Length; i++)
        {
            sheet.Cell(header, i + 1).SetText(captions[i]);
        }

        sheet.Range(header, 1, header, Last).Centered();
        sheet.PageSetup.SetRowsToRepeatAtTop(header, header);
        var byItem = data.Events.Where(e => e.PlanItemId is not null).ToLookup(e => e.PlanItemId);
        var itemIds = data.Items.Select(i => i.Id).ToHashSet();
        row = header + 1;
        foreach (var item in data.Items)
        {
            var events = string.Join("\n", byItem[item.Id].Select(Describe));
            sheet.Cell(row, 1).SetText(item.Number);
            sheet.Cell(row, 2).SetText(item.Title);
            SetDate(sheet.Cell(row, 3), item.Start);
            SetDate(sheet.Cell(row, 4), item.End);
            sheet.Cell(row, 5).SetText(events);
            if (PlanShape.IsGroup(item.Kind))
            {
                sheet.Range(row, 1, row, Last).Style.Font.Bold = true;
            }

            sheet.FitHeight(row++, (item.Title, NameWidth), (events, EventsWidth));
        }

        foreach (var ev in data.Events.Where(e => e.PlanItemId is null || !itemIds.Contains(e.PlanItemId.Value)))
        {
            sheet.Cell(row, 1).SetText($"КС {ev.Number}.");
            sheet.Cell(row, 2).SetText(ev.Name);
            SetDate(sheet.Cell(row, 4), ev.Date);
            sheet.Cell(row, 5).SetText(Describe(ev));
            sheet.FitHeight(row++, (ev.Name, NameWidth));
        }

        sheet.Range(header, 1, row - 1, Last).Grid();
        return workbook.ToBytes();
    }

    private static string Describe(GanttEvent e) =>
        $"КС {e.Number}. {RussianDate.Format(e.Date)}, {ControlEventStates.Label(e.State).ToLowerInvariant()}";

    private static void SetDate(IXLCell cell, DateOnly? date)
    {
        if (date is { } d)
        {
            cell.SetValue(d.ToDateTime(TimeOnly.MinValue)).Style.DateFormat.Format = DateInput.Pattern;
        }
    }
}
