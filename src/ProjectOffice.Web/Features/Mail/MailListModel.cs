using ProjectOffice.Domain.Notifications;

namespace ProjectOffice.Web.Features.Mail;

public sealed class MailListModel
{
    public required IReadOnlyList<MailRow> Rows { get; init; }
    public required MailStatus? Status { get; init; }
    public required IReadOnlyDictionary<MailStatus, int> Counts { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }
    public required bool SmtpConfigured { get; init; }

    public static string Label(MailStatus status) => status switch
    {
        MailStatus.Queued => "В очереди",
        MailStatus.Sending => "Отправляется",
        MailStatus.Sent => "Отправлено",
        MailStatus.Failed => "Ошибка",
        MailStatus.Held => "Ждет сводки",
        MailStatus.Merged => "Вошло в сводку",
        _ => status.ToString(),
    };
}
