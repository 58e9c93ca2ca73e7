namespace ProjectOffice.Web.Features.Mail;

public sealed class KindChoice
{
    public string Code { get; set; } = "";
    public bool Enabled { get; set; }
    public bool Digest { get; set; }
}
