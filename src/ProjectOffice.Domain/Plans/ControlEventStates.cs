namespace ProjectOffice.Domain.Plans;

/// <summary>Overdue and due-soon are computed from today, never stored (docs/project-format.md, control events).</summary>
public static class ControlEventStates
{
    /// <summary>How far ahead «скоро срок» looks.</summary>
    public const int DueSoonDays = 14;

    public static ControlEventState Of(ControlEventStatus status, DateOnly? plannedDate, DateOnly today) => status switch
    {
        ControlEventStatus.Done => ControlEventState.Done,
        ControlEventStatus.Cancelled => ControlEventState.Cancelled,
        _ when plannedDate < today => ControlEventState.Overdue,
        _ when plannedDate <= today.AddDays(DueSoonDays) => ControlEventState.DueSoon,
        _ => ControlEventState.Planned,
    };

    /// <summary>The event's state on today; an event linked to a control point takes the point's end date.</summary>
    public static ControlEventState StateOn(this ControlEvent ev, DateOnly today) => Of(ev.Status, ev.PlannedDateOrPoint(), today);

    /// <summary>The event's own date, else the end date of the plan item it is linked to (a control point gives its date).</summary>
    public static DateOnly? PlannedDateOrPoint(this ControlEvent ev) => ev.PlannedDate ?? ev.PlanItem?.EndDate;

    public static TrafficLight Light(ControlEventState state) => state switch
    {
        ControlEventState.Done => TrafficLight.Green,
        ControlEventState.DueSoon => TrafficLight.Yellow,
        ControlEventState.Overdue => TrafficLight.Red,
        ControlEventState.Cancelled => TrafficLight.Grey,
        _ => TrafficLight.None,
    };

    /// <summary>A stored status in the words of its state: «Запланировано», «Выполнено», «Отменено».</summary>
    public static string Label(ControlEventStatus status) => Label(status switch
    {
        ControlEventStatus.Done => ControlEventState.Done,
        ControlEventStatus.Cancelled => ControlEventState.Cancelled,
        _ => ControlEventState.Planned,
    });

    public static string Label(ControlEventState state) => state switch
    {
        ControlEventState.Planned => "Запланировано",
        ControlEventState.DueSoon => "Скоро срок",
        ControlEventState.Overdue => "Просрочено",
        ControlEventState.Done => "Выполнено",
        ControlEventState.Cancelled => "Отменено",
        _ => state.ToString(),
    };
}
