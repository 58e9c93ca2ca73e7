namespace ProjectOffice.Web.Features.Mail;

public sealed record MailPersonRow(string FullName, string UserName, string? Email, Recipient Settings);
