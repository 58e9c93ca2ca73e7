using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.ControlEvents;

public sealed class ControlEventEditPage
{
    public required ProjectHeader Project { get; init; }
    public required ControlEventForm Form { get; init; }

    /// <summary>0 for a new event.</summary>
    public required int EventId { get; init; }

    /// <summary>The date as the signed form prints it («31.06.2021»), shown as a hint; editing the date drops it.</summary>
    public string? PrintedDate { get; init; }
    public required IReadOnlyList<ChoiceOption> Stages { get; init; }
    public required IReadOnlyList<ChoiceOption> PlanItems { get; init; }
    public required IReadOnlyList<ChoiceOption> People { get; init; }
    public required IReadOnlyList<ChoiceOption> Organisations { get; init; }
    public string? RangeWarningSubject { get; set; }

    public bool IsNew => EventId == 0;
}
