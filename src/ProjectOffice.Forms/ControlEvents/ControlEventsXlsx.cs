using ClosedXML.Excel;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.ControlEvents;

/// <summary>«План контрольных событий» as a workbook: the printed form's rows, captions and order, landscape.</summary>
public static class ControlEventsXlsx
{
    private const double NumberWidth = 8;
    private const double NameWidth = 60;
    private const double DateWidth = 16;
    private const double ResponsibleWidth = 70;
    private const int Last = 4;

    public static byte[] Write(ControlEventsFormData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var workbook = FormWorkbook.Create();
        var sheet = workbook.AddFormSheet("План контрольных событий", landscape: true, NumberWidth, NameWidth, DateWidth, ResponsibleWidth);

        var row = data.IsDraft ? sheet.WriteDraftStamp(1, Last) : 1;
        if (data.TopSignatures.Count > 0)
        {
            row = sheet.WriteSignatures(row, data.TopSignatures, (1, 2), (4, Last)) + 1;
        }

        sheet.Merge(row, 1, Last, "ПЛАН КОНТРОЛЬНЫХ СОБЫТИЙ").Centered().Bold();
        sheet.Merge(row + 1, 1, Last, $"{data.ProjectCaption} «{data.ProjectName}»").Centered().Bold();
        row += 3;

        var header = row;
        string[] captions =
        [
            "№ п/п", "Наименование мероприятия проекта", "Дата наступления контрольного события",
            "ФИО, должность участника проекта, ответственного за наступление контрольного события",
        ];
        for (var i = 0; i < captions.Length; i++)
        {
            sheet.Cell(header, i + 1).SetText(captions[i]);
        }

        sheet.Range(header, 1, header, Last).Centered();
        sheet.FitHeight(header, (captions[2], DateWidth), (captions[3], ResponsibleWidth));
        sheet.PageSetup.SetRowsToRepeatAtTop(header, header);
        row = header + 1;

        foreach (var item in data.Rows)
        {
            if (item.IsHeading)
            {
                sheet.Merge(row, 1, Last, item.Name).Style.Font.Bold = true;
                sheet.FitHeight(row++, (item.Name, sheet.Width(1, Last)));
                continue;
            }

            sheet.Cell(row, 1).SetText(item.Number).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Cell(row, 2).SetText(item.Name);
            sheet.Cell(row, 3).SetPrintedDate(item.Date);
            sheet.Cell(row, 4).SetText(item.Responsible ?? "");
            sheet.FitHeight(row++, (item.Name, NameWidth), (item.Date?.Text ?? "", DateWidth), (item.Responsible ?? "", ResponsibleWidth));
        }

        sheet.Range(header, 1, row - 1, Last).Grid();
        if (data.BottomSignatures.Count > 0)
        {
            sheet.WriteSignatures(row + 1, data.BottomSignatures, (1, 2), (4, Last));
        }

        return workbook.ToBytes();
    }
}
