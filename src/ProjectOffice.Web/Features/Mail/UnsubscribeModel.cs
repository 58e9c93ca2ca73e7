namespace ProjectOffice.Web.Features.Mail;

public sealed class UnsubscribeModel
{
    public required string Token { get; init; }
    public required bool Valid { get; init; }
    public required string? KindLabel { get; init; }
    public required bool Done { get; init; }
}
