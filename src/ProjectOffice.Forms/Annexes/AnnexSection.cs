using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Forms.Annexes;

/// <summary>
/// A section of «Дополнительные обосновывающие материалы», in the author's order: prose, the calculation methods
/// of the indicators, a financing table or another table.
/// </summary>
public sealed record AnnexSection
{
    public required SectionKind Kind { get; init; }

    /// <summary>As printed, with the author's numbering («3. Финансовое обеспечение …»).</summary>
    public required string Title { get; init; }

    /// <summary>Footnote markers printed after the title («²»).</summary>
    public string? Marker { get; init; }

    /// <summary>Text sections: paragraphs and lists.</summary>
    public IReadOnlyList<RichTextBlock> Blocks { get; init; } = [];

    /// <summary>The methods section: one entry per indicator.</summary>
    public IReadOnlyList<AnnexMethod> Methods { get; init; } = [];

    /// <summary>A financing section's table.</summary>
    public AnnexFinancing? Financing { get; init; }

    /// <summary>A table section: column captions and rows of cells.</summary>
    public IReadOnlyList<string> TableColumns { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<string>> TableRows { get; init; } = [];

    /// <summary>Footnotes printed after the section.</summary>
    public IReadOnlyList<FormFootnote> Footnotes { get; init; } = [];

    public string PrintedTitle => Marker is null ? Title : Title + Marker;
}
