namespace ProjectOffice.Domain.Reports;

/// <summary>
/// The office's thresholds for the indicator and budget traffic lights, in percent of the pro-rata target:
/// green at or above <see cref="GreenPercent"/>, yellow at or above <see cref="YellowPercent"/>, red below.
/// </summary>
public sealed record DeviationThresholds(decimal GreenPercent, decimal YellowPercent)
{
    public static DeviationThresholds Default { get; } = new(95m, 80m);

    /// <summary>Why thresholds cannot be used, or null: yellow must not be above green, both within 0–100.</summary>
    public string? Problem() =>
        GreenPercent is < 0 or > 100 || YellowPercent is < 0 or > 100 ? "Пороги задаются в процентах от 0 до 100."
        : YellowPercent > GreenPercent ? "Порог «желтого» не может быть выше порога «зеленого»."
        : null;
}
