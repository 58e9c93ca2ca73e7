using ClosedXML.Excel;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Xlsx;

namespace ProjectOffice.Forms.ControlEvents;

/// <summary>«План контрольных событий» as a workbook: the printed form's rows, captions and order, landscape.</summary>
public static class ControlEventsXlsx
{
    private const double NumberWidth = 8;
    private const double NameWidth = 60;
    private const double DateWidth = 16;
    private const double ResponsibleWidth = 70;
    private const double StateWidth = 16;
    private const double DoneOnWidth = 14;
    private const double MarkedByWidth = 30;
    private const double CommentWidth = 40;

    /// <summary>The columns of the marks, each its own cell so a reader can filter and sort by them.</summary>
    private static readonly string[] MarkCaptions = ["Статус", "Фактическая дата", "Отметил", "Комментарий"];

    public static byte[] Write(ControlEventsFormData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var workbook = FormWorkbook.Create();
        double[] widths = data.ShowsMarks
            ? [NumberWidth, NameWidth, DateWidth, ResponsibleWidth, StateWidth, DoneOnWidth, MarkedByWidth, CommentWidth]
            : [NumberWidth, NameWidth, DateWidth, ResponsibleWidth];
        var last = widths.Length;
        var sheet = workbook.AddFormSheet("План контрольных событий", landscape: true, widths);

        var row = data.IsDraft ? sheet.WriteDraftStamp(1, last) : 1;
        if (data.TopSignatures.Count > 0)
        {
            row = sheet.WriteSignatures(row, data.TopSignatures, (1, 2), (4, last)) + 1;
        }

        sheet.Merge(row, 1, last, "ПЛАН КОНТРОЛЬНЫХ СОБЫТИЙ").Centered().Bold();
        sheet.Merge(row + 1, 1, last, $"{data.ProjectCaption} «{data.ProjectName}»").Centered().Bold();
        if (data.ShowsMarks)
        {
            sheet.Merge(row + 2, 1, last, data.MarksCaption).Centered();
            row++;
        }

        row += 3;

        var header = row;
        string[] captions =
        [
            "№ п/п", "Наименование мероприятия проекта", "Дата наступления контрольного события",
            "ФИО, должность участника проекта, ответственного за наступление контрольного события",
            .. data.ShowsMarks ? MarkCaptions : [],
        ];
        for (var i = 0; i < captions.Length; i++)
        {
            sheet.Cell(header, i + 1).SetText(captions[i]);
        }

        sheet.Range(header, 1, header, last).Centered();
        sheet.FitHeight(header, (captions[2], DateWidth), (captions[3], ResponsibleWidth));
        sheet.PageSetup.SetRowsToRepeatAtTop(header, header);
        row = header + 1;

        foreach (var item in data.Rows)
        {
            if (item.IsHeading)
            {
                sheet.Merge(row, 1, last, item.Name).Style.Font.Bold = true;
                sheet.FitHeight(row++, (item.Name, sheet.Width(1, last)));
                continue;
            }

            sheet.Cell(row, 1).SetText(item.Number).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Cell(row, 2).SetText(item.Name);
            sheet.Cell(row, 3).SetPrintedDate(item.Date);
            sheet.Cell(row, 4).SetText(item.Responsible ?? "");
            var comment = "";
            if (data.ShowsMarks && item.Mark is { } mark)
            {
                sheet.Cell(row, 5).SetText(mark.StateLabel);
                if (mark.DoneOn is { } doneOn)
                {
                    sheet.Cell(row, 6).SetValue(doneOn.ToDateTime(TimeOnly.MinValue)).Style.DateFormat.Format = DateInput.Pattern;
                }

                sheet.Cell(row, 7).SetText(mark.MarkedBy ?? "");
                comment = mark.Comment ?? "";
                sheet.Cell(row, 8).SetText(comment);
            }

            sheet.FitHeight(row++, (item.Name, NameWidth), (item.Date?.Text ?? "", DateWidth), (item.Responsible ?? "", ResponsibleWidth),
                (comment, CommentWidth));
        }

        sheet.Range(header, 1, row - 1, last).Grid();
        if (data.BottomSignatures.Count > 0)
        {
            sheet.WriteSignatures(row + 1, data.BottomSignatures, (1, 2), (4, last));
        }

        return workbook.ToBytes();
    }
}
