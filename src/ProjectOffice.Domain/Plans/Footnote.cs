using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// A footnote of a printed form, anchored in a plan item's cell (after its name, executors or deadline), after an
/// indicator's name or after a caption.
/// </summary>
public sealed class Footnote
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public FormKind Form { get; set; }
    public string Marker { get; set; } = "";

    /// <summary>Null where the paper shows a marker without its text.</summary>
    public string? Text { get; set; }
    public int? PlanItemId { get; set; }

    /// <summary>Which of the plan item's cells the marker follows.</summary>
    public FootnoteCell Cell { get; set; }

    /// <summary>An indicator the marker follows (in the indicators form).</summary>
    public int? IndicatorId { get; set; }
    public string? Caption { get; set; }
    public int SortOrder { get; set; }
}
