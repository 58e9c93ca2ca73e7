namespace ProjectOffice.Domain.Notifications;

/// <summary>Why an open control event is in a person's digest on a given day.</summary>
public enum ReminderReason
{
    None = 0,

    /// <summary>Due exactly one of the configured numbers of days ahead.</summary>
    DueSoon = 1,
    DueToday = 2,
    Overdue = 3,
}
