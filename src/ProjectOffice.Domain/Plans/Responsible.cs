namespace ProjectOffice.Domain.Plans;

/// <summary>
/// One responsible executor of a plan item or control event: a person (with the position as printed there)
/// or an organisation named as text («Предприятия города Омска, участвующие в реализации проекта»).
/// </summary>
public sealed class Responsible
{
    public int Id { get; set; }
    public int? PlanItemId { get; set; }
    public int? ControlEventId { get; set; }
    public int? PersonId { get; set; }
    public Reference.Person? Person { get; set; }
    public string? PositionText { get; set; }
    public string? NameText { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>Organisation named as text; OrganisationId when it is a known one.</summary>
    public string? Text { get; set; }
    public int? OrganisationId { get; set; }
    public int SortOrder { get; set; }
}
