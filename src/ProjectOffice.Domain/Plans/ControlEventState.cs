namespace ProjectOffice.Domain.Plans;

/// <summary>What a control event is on a given day. Only Done and Cancelled are stored; the rest follows from the date.</summary>
public enum ControlEventState
{
    /// <summary>Planned, more than 14 days ahead (or no date).</summary>
    Planned = 1,

    /// <summary>Planned within the next 14 days, today included.</summary>
    DueSoon = 2,

    /// <summary>Planned with a date before today: «Просрочено».</summary>
    Overdue = 3,
    Done = 4,
    Cancelled = 5,
}
