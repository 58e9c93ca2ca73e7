namespace ProjectOffice.Domain.Plans;

/// <summary>Stored statuses. «Просрочено» is not one of them: it is computed from today (ControlEvent.StateOn).</summary>
public enum ControlEventStatus
{
    Planned = 1,
    Done = 2,
    Cancelled = 3,
}
