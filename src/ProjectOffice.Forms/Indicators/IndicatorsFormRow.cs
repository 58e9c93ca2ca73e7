namespace ProjectOffice.Forms.Indicators;

/// <summary>One indicator as printed: values as typed («73%», «Не менее 5»), one per column (null where none).</summary>
public sealed record IndicatorsFormRow
{
    public required string Number { get; init; }

    /// <summary>The name with its unit, by the rule every form uses (<see cref="Domain.Projects.Indicator.PrintedName"/>).</summary>
    public required string Name { get; init; }

    /// <summary>Footnote markers printed after the name, as superscripts («¹²»).</summary>
    public string? Marker { get; init; }

    public required string Type { get; init; }
    public string? BaselineText { get; init; }
    public DateOnly? BaselineDate { get; init; }
    public required IReadOnlyList<string?> Values { get; init; }
    public bool Cumulative { get; init; }

    /// <summary>The name with its markers, as a line of plain text prints it (the workbook).</summary>
    public string PrintedName => Marker is null ? Name : $"{Name} {Marker}";
}
