using ProjectOffice.Forms.Layout;

namespace ProjectOffice.Forms.Plan;

/// <summary>Everything «План мероприятий» prints, in printed order, for either layout.</summary>
public sealed record PlanFormData
{
    /// <summary>«Инженерный кластер», printed in quotes.</summary>
    public required string ProjectName { get; init; }

    /// <summary>National layout: Annex 1 of the passport (task → result → event / control point); else the municipal plan (stage → event).</summary>
    public required bool National { get; init; }

    /// <summary>Not approved yet: printed «ПРОЕКТ», signature blocks without dates.</summary>
    public required bool IsDraft { get; init; }

    /// <summary>The date the passport was approved, when known (for the file name).</summary>
    public DateOnly? ApprovedOn { get; init; }

    /// <summary>The approved version printed; null for the project as it is now.</summary>
    public int? Version { get; init; }

    /// <summary>«муниципального проекта»: the national headings name the project's level.</summary>
    public required string LevelGenitive { get; init; }

    /// <summary>N of «ПРИЛОЖЕНИЕ № N к паспорту …» (national layout), when set.</summary>
    public int? Annex { get; init; }

    /// <summary>Year columns of the planned values (municipal plans that plan per year); empty for one «Плановое значение» column.</summary>
    public IReadOnlyList<int> Years { get; init; } = [];

    /// <summary>Footnote markers by the column caption they follow («Уровень контроля» → «¹»).</summary>
    public IReadOnlyDictionary<string, string> CaptionMarkers { get; init; } = new Dictionary<string, string>();

    public required IReadOnlyList<PlanFormRow> Rows { get; init; }

    /// <summary>
    /// The municipal columns this plan fills (a column no row fills is not printed): «Дата начала», the two (or more)
    /// columns of «Результат реализации мероприятия», the executor's. The workbook keeps them all: it is also the
    /// template the plan import reads back.
    /// </summary>
    public bool HasStart { get; init; } = true;
    public bool HasResults { get; init; } = true;
    public bool HasResponsible { get; init; } = true;

    /// <summary>Footnotes printed under the table.</summary>
    public IReadOnlyList<FormFootnote> Footnotes { get; init; } = [];

    public required IReadOnlyList<SignatureData> TopSignatures { get; init; }
    public required IReadOnlyList<SignatureData> BottomSignatures { get; init; }

    /// <summary>A column caption with its footnote marker, as printed: «Уровень контроля ¹».</summary>
    public string Caption(string caption) => CaptionMarkers.TryGetValue(caption, out var marker) ? $"{caption} {marker}" : caption;
}
