namespace ProjectOffice.Web.Features.Mail;

public sealed class MailPeopleModel
{
    public required int WithoutEmail { get; init; }
    public required IReadOnlyList<MailPersonRow> Rows { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }
}
