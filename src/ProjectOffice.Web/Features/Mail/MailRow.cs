using ProjectOffice.Domain.Notifications;

namespace ProjectOffice.Web.Features.Mail;

public sealed record MailRow(
    long Id, DateTimeOffset CreatedAt, string ToName, string ToAddress, string Kind, string Subject, MailStatus Status, int Attempts,
    DateTimeOffset? SentAt, string? LastError);
