namespace ProjectOffice.Domain.Projects;

/// <summary>A target indicator with its baseline, a planned value per year and its calculation method.</summary>
public sealed class Indicator
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Name { get; set; } = "";
    public string? Unit { get; set; }

    /// <summary>The typed name already ends with the unit («…, человек, нарастающим итогом»): print the name alone.</summary>
    public bool UnitInName { get; set; }

    /// <summary>Values are counted from the start («нарастающим итогом»): the indicators form marks the row.</summary>
    public bool Cumulative { get; set; }
    public IndicatorType Type { get; set; } = IndicatorType.Main;
    public string? BaselineText { get; set; }
    public decimal? Baseline { get; set; }
    public DateOnly? BaselineDate { get; set; }
    public int SortOrder { get; set; }

    // Calculation method (методика расчета) columns.
    public string? MethodFormula { get; set; }
    public string? MethodBaseIndicators { get; set; }
    public string? DataSource { get; set; }
    public string? Collector { get; set; }
    public string? AggregationLevel { get; set; }
    public string? Periodicity { get; set; }
    public string? AdditionalInfo { get; set; }

    public List<IndicatorValue> Values { get; set; } = [];
    public List<IndicatorActual> Actuals { get; set; } = [];
    public List<TextVariant> PrintedNames { get; set; } = [];
    public List<IndicatorBreakdown> Breakdown { get; set; } = [];

    /// <summary>The name as every form prints it: «Доля детей …, %», or the name alone when it already ends with the unit.</summary>
    public string PrintedName => PrintedNameOf(Name, Unit, UnitInName);

    /// <summary>The same rule for projections that do not load the entity.</summary>
    public static string PrintedNameOf(string name, string? unit, bool unitInName) =>
        unitInName || string.IsNullOrWhiteSpace(unit) ? name : name + ", " + unit;
}
