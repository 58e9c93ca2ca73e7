namespace ProjectOffice.Data.Journal;

/// <summary>Who is changing things now: the signed-in person, or the system for start-up and command-line work.</summary>
public interface IJournalUser
{
    (string? Id, string Name) Current { get; }
}
