namespace ProjectOffice.Domain.Practices;

/// <summary>Section 10: an indicator of the practice's results, its value for the last year and for the whole period.</summary>
public sealed class PracticeResult : IPracticeRow
{
    public int Id { get; set; }
    public int PracticeId { get; set; }

    /// <summary>The indicator as printed, without its unit («Количество учеников СОШ, вовлеченных в работу РТП»).</summary>
    public string Indicator { get; set; } = "";

    /// <summary>Printed after the indicator, comma-separated: «…, чел.».</summary>
    public string? Unit { get; set; }

    /// <summary>Value for the last year of the practice, as typed («5 300»), and the number it holds.</summary>
    public string? LastYearText { get; set; }
    public decimal? LastYear { get; set; }

    /// <summary>Value for the whole period, as typed, and the number it holds.</summary>
    public string? WholePeriodText { get; set; }
    public decimal? WholePeriod { get; set; }

    /// <summary>«Комментарии по пункту N таблицы»: RichText markup, printed after the table.</summary>
    public string? Comment { get; set; }
    public int SortOrder { get; set; }

    /// <summary>«Индикатор, ед. изм.» as the table prints it.</summary>
    public string IndicatorWithUnit => string.IsNullOrWhiteSpace(Unit) ? Indicator : $"{Indicator}, {Unit}";
}
