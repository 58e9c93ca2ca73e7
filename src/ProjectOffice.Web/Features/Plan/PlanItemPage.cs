namespace ProjectOffice.Web.Features.Plan;

public sealed class PlanItemPage
{
    public required ProjectHeader Project { get; init; }
    public required PlanItemForm Form { get; init; }

    /// <summary>0 for a new item.</summary>
    public required int ItemId { get; init; }
    public string? Number { get; init; }
    public required string KindName { get; init; }
    public string? ParentTitle { get; init; }
    public required IReadOnlyList<ChoiceOption> People { get; init; }
    public required IReadOnlyList<ChoiceOption> Organisations { get; init; }
    public required IReadOnlyList<ChoiceOption> Stages { get; init; }
    public required IReadOnlyList<ChoiceOption> Tasks { get; init; }
    public required IReadOnlyList<ChoiceOption> Results { get; init; }

    /// <summary>Set when the dates run past the stage or the project: the page then offers the confirmation checkbox.</summary>
    public string? RangeWarningSubject { get; init; }

    public bool IsNew => ItemId == 0;
}
