namespace ProjectOffice.Forms.Indicators;

/// <summary>A value column of the indicator table: its year, and its caption as the paper types it («на 01.01.2025» or «2025»).</summary>
public sealed record IndicatorsFormColumn(int Year, string Caption);
