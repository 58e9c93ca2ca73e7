using ProjectOffice.Forms.Layout;

namespace ProjectOffice.Forms.Annexes;

/// <summary>
/// Everything the national passport's later annexes print, in printed order: Annex 2 «Показатели … в разрезе
/// образовательных организаций», then «Дополнительные обосновывающие материалы» (prose, calculation methods, financing).
/// </summary>
public sealed record AnnexesFormData
{
    public required string ProjectName { get; init; }

    /// <summary>Not approved yet: printed «ПРОЕКТ», signature blocks without dates.</summary>
    public required bool IsDraft { get; init; }
    public DateOnly? ApprovedOn { get; init; }

    /// <summary>The approved version whose text this is (<see cref="Catalogue.PrintedProject.PassportVersion"/>), named in the file name.</summary>
    public int? Version { get; init; }

    /// <summary>«муниципального проекта».</summary>
    public required string LevelGenitive { get; init; }

    /// <summary>N of «ПРИЛОЖЕНИЕ № N к паспорту …», when set.</summary>
    public int? Annex { get; init; }

    /// <summary>The municipality column's caption above «(муниципальное образование)»: «г. Саянск».</summary>
    public string? Municipality { get; init; }

    /// <summary>«Период, год» columns of Annex 2.</summary>
    public required IReadOnlyList<int> Years { get; init; }
    public required IReadOnlyList<AnnexIndicator> Indicators { get; init; }
    public required IReadOnlyList<AnnexSection> Sections { get; init; }

    public required IReadOnlyList<SignatureData> TopSignatures { get; init; }
    public required IReadOnlyList<SignatureData> BottomSignatures { get; init; }
}
