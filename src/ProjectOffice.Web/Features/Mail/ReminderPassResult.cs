namespace ProjectOffice.Web.Features.Mail;

/// <summary>What one pass did: digests written now, digests another pass had already written for that day, people without an address.</summary>
public sealed record ReminderPassResult(int Written, int AlreadyWritten, int WithoutAddress, int EventsRead, TimeSpan Took);
