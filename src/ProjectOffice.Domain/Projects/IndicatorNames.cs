namespace ProjectOffice.Domain.Projects;

/// <summary>How the passport and its annexes name an indicator.</summary>
public static class IndicatorNames
{
    /// <summary>«Доля детей …, %»: the name with its unit, unless the typed name already ends with it.</summary>
    public static string WithUnit(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.UnitInName || string.IsNullOrWhiteSpace(indicator.Unit) ? indicator.Name : indicator.Name + ", " + indicator.Unit;
    }
}
