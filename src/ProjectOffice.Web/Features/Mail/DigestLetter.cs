namespace ProjectOffice.Web.Features.Mail;

/// <summary>A digest the pass composed; the held event letters it gathers are marked merged when it is written.</summary>
public sealed record DigestLetter(string Kind, Recipient To, string Subject, string Html, string Text, string UnsubscribeUrl, IReadOnlyList<long> Merged);
