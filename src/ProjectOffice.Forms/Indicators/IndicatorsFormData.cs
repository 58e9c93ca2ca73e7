using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Forms.Indicators;

/// <summary>
/// Everything «Показатели проекта» prints, in printed order, for every layout: the project's indicators (section 2
/// of a national passport, the table a municipal passport has no item for) and the planned results of the plan's
/// rows. The preview, the PDF and the XLSX render this one record.
/// </summary>
public sealed record IndicatorsFormData
{
    /// <summary>«Успех каждого ребенка», printed in quotes.</summary>
    public required string ProjectName { get; init; }

    /// <summary>«муниципального проекта» (or «проекта» when the level is not set).</summary>
    public required string LevelGenitive { get; init; }

    /// <summary>Not approved yet: printed «ПРОЕКТ».</summary>
    public required bool IsDraft { get; init; }

    public DateOnly? ApprovedOn { get; init; }

    public int? Version { get; init; }

    /// <summary>«Цель: …» above the table, when the passport states a goal.</summary>
    public string? Goal { get; init; }

    /// <summary>The value columns of the indicator table, in order: one per year, captioned as typed.</summary>
    public required IReadOnlyList<IndicatorsFormColumn> Columns { get; init; }

    /// <summary>Whether any indicator counts from the start: only then the table has the «Нарастающим итогом» column.</summary>
    public bool HasCumulative { get; init; }

    public required IReadOnlyList<IndicatorsFormRow> Indicators { get; init; }

    /// <summary>Year columns of the plan's planned results (plans that plan per year); empty for one «Плановое значение» column.</summary>
    public IReadOnlyList<int> PlanYears { get; init; } = [];

    /// <summary>The plan's rows that carry a planned result, under the headings they stand under.</summary>
    public required IReadOnlyList<PlanFormRow> PlanRows { get; init; }

    /// <summary>Footnote markers by the column caption they follow.</summary>
    public IReadOnlyDictionary<string, string> CaptionMarkers { get; init; } = new Dictionary<string, string>();

    /// <summary>Footnotes printed under the tables.</summary>
    public IReadOnlyList<FormFootnote> Footnotes { get; init; } = [];

    /// <summary>A column caption with its footnote marker, as printed.</summary>
    public string Caption(string caption) => CaptionMarkers.TryGetValue(caption, out var marker) ? $"{caption} {marker}" : caption;
}
