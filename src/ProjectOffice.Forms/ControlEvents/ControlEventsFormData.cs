using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Layout;

namespace ProjectOffice.Forms.ControlEvents;

/// <summary>Everything «План контрольных событий» prints, in printed order.</summary>
public sealed record ControlEventsFormData
{
    public required string ProjectName { get; init; }

    /// <summary>«проекта» (municipal layout, as seed 000 prints) or «муниципального проекта»: the title's second line before the name.</summary>
    public required string ProjectCaption { get; init; }

    /// <summary>Not approved yet: printed «ПРОЕКТ», signature blocks without dates.</summary>
    public required bool IsDraft { get; init; }

    /// <summary>The date the passport was approved, when known (for the file name).</summary>
    public DateOnly? ApprovedOn { get; init; }

    /// <summary>The approved version printed; null for the project as it is now.</summary>
    public int? Version { get; init; }

    public required IReadOnlyList<ControlEventsFormRow> Rows { get; init; }

    /// <summary>
    /// The form carries its completion marks («с отметками о выполнении») once any event is done, cancelled or overdue;
    /// before that it prints the four columns of the paper as signed.
    /// </summary>
    public bool ShowsMarks { get; init; }

    /// <summary>The day the marks were read on: «с отметками о выполнении на 03.12.2026».</summary>
    public DateOnly MarksOn { get; init; }

    public string MarksCaption => $"с отметками о выполнении на {RussianDates.Numeric(MarksOn)}";
    public required IReadOnlyList<SignatureData> TopSignatures { get; init; }
    public required IReadOnlyList<SignatureData> BottomSignatures { get; init; }
}
