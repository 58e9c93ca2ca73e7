using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Web.Features.Dashboard;

/// <summary>One control event on a dashboard, with its project.</summary>
public sealed class DashboardRow
{
    public required int EventId { get; init; }
    public required int ProjectId { get; init; }
    public required string ProjectName { get; init; }
    public required int Number { get; init; }
    public required string Name { get; init; }
    public DateOnly? PlannedDate { get; init; }
    public string? PlannedDateText { get; init; }
    public required ControlEventStatus Status { get; init; }
    public DateOnly? DoneOn { get; init; }
    public IReadOnlyList<string?> OwnResponsibles { get; init; } = [];
    public IReadOnlyList<string?> PointResponsibles { get; init; } = [];
    public ControlEventState State { get; set; }

    /// <summary>The event's own executors, else those of the control point it takes everything from.</summary>
    public string Responsibles => string.Join("; ", (OwnResponsibles.Count > 0 ? OwnResponsibles : PointResponsibles).OfType<string>());

    public string DateShown => PlannedDateText ?? RussianDate.Format(PlannedDate);
}
