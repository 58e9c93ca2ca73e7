namespace ProjectOffice.Domain.Projects;

/// <summary>A signature block of a printed form, as the signed paper gives it.</summary>
public sealed class FormSignature
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public FormKind Form { get; set; }
    public SignatureKind Kind { get; set; }

    /// <summary>True above the form's title, false after its last table.</summary>
    public bool AtTop { get; set; } = true;
    public int? PersonId { get; set; }
    public string PositionText { get; set; } = "";
    public string? OrganisationText { get; set; }

    /// <summary>«В.В. Шестаков», «Романькова Наталья Владимировна».</summary>
    public string NameText { get; set; } = "";
    public DateOnly? Date { get; set; }

    /// <summary>The date as printed, blanks and all («« 30 » 2020 года»).</summary>
    public string? DateText { get; set; }
    public int SortOrder { get; set; }
}
