namespace ProjectOffice.Domain.Journal;

public enum JournalAction
{
    Create = 1,
    Update = 2,
    Delete = 3,
    StatusChange = 4,
    FileUpload = 5,
}
