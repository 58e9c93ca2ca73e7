namespace ProjectOffice.Forms.Plan;

/// <summary>One row of the printed plan: a heading across the table, or a numbered item with its columns.</summary>
public sealed record PlanFormRow
{
    public required PlanFormRowKind Kind { get; init; }

    /// <summary>The plan item the row prints (the plan import compares an uploaded row with it).</summary>
    public int? ItemId { get; init; }

    /// <summary>«1.», «1.1», «1.1.1»; empty for headings, whose number is part of <see cref="Name"/>.</summary>
    public string Number { get; init; } = "";

    /// <summary>The item's name, or the whole heading («1 этап. Подготовительный … (01.02.2020 – 31.08.2020)»).</summary>
    public required string Name { get; init; }

    /// <summary>Footnote markers printed after the name («⁵»).</summary>
    public string? Marker { get; init; }

    public PrintedDate? Start { get; init; }
    public PrintedDate? End { get; init; }

    /// <summary>Municipal «Результат реализации мероприятия»: «Количество проведенных совещаний, ед.».</summary>
    public string? Indicator { get; init; }

    /// <summary>«Плановое значение» as typed: «3», «Не менее 5».</summary>
    public string? PlannedValue { get; init; }

    /// <summary>Planned values per year, aligned with <see cref="PlanFormData.Years"/> ("" where none).</summary>
    public IReadOnlyList<string> YearValues { get; init; } = [];

    public string? Responsible { get; init; }

    /// <summary>Footnote markers printed after the executors and after the end date or deadline.</summary>
    public string? ResponsibleMarker { get; init; }
    public string? EndMarker { get; init; }

    /// <summary>The executors with their footnote markers, as printed.</summary>
    public string? PrintedResponsible => Marked(Responsible, ResponsibleMarker);

    /// <summary>The end date or deadline with its footnote markers, as printed.</summary>
    public string? PrintedEnd => Marked(End?.Text, EndMarker);

    /// <summary>National «Вид документа и характеристика результата».</summary>
    public string? DocumentType { get; init; }

    /// <summary>National «Уровень контроля»: КП, РП, АП or as printed («К»).</summary>
    public string? ControlLevel { get; init; }

    /// <summary>The name with its footnote markers, as printed.</summary>
    public string PrintedName => Marked(Name, Marker)!;

    private static string? Marked(string? text, string? marker) => marker is null ? text : text is null ? marker : $"{text} {marker}";
}
