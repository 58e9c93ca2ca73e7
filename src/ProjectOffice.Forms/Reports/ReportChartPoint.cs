namespace ProjectOffice.Forms.Reports;

/// <summary>One bar of an indicator's small chart: a period («янв») and the actual reached by its end.</summary>
public sealed record ReportChartPoint(string Label, decimal? Actual);
