namespace ProjectOffice.Forms.Passport;

/// <summary>The national layout (seed 001, Decree 1288 family): sections 1–5.</summary>
public sealed record NationalPassport
{
    /// <summary>«муниципального проекта», from the project's level.</summary>
    public required string LevelGenitive { get; init; }

    /// <summary>Section 1 «Основные положения»: caption and value rows; the period row has its own place.</summary>
    public required string? RegionalProject { get; init; }
    public required string? ShortName { get; init; }

    /// <summary>«01.01.2019 - 31.12.2024».</summary>
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public required string? Curator { get; init; }
    public required string? Leader { get; init; }
    public required string? Administrator { get; init; }
    public required IReadOnlyList<string> Programmes { get; init; }

    /// <summary>Section 2: «Цель: …» and the indicators with a column per year.</summary>
    public required string? Goal { get; init; }
    public required IReadOnlyList<int> IndicatorYears { get; init; }
    public required IReadOnlyList<NationalIndicator> Indicators { get; init; }

    /// <summary>Section 3: tasks «N.» with their results «N.M.».</summary>
    public required IReadOnlyList<NationalTask> Tasks { get; init; }

    /// <summary>Section 4: the year columns, the directions, and the project's totals («Всего по муниципальному проекту, в том числе:» and a row per source).</summary>
    public required IReadOnlyList<int> BudgetYears { get; init; }
    public required IReadOnlyList<NationalDirection> Directions { get; init; }
    public required IReadOnlyList<PassportMoneyRow> BudgetTotals { get; init; }

    /// <summary>Section 5: participants grouped under headings, numbered across all groups.</summary>
    public required IReadOnlyList<PassportParticipantGroup> Participants { get; init; }
}
