namespace ProjectOffice.Web.Features.Reports;

public sealed record ReportListRow(string Period, string Label, DateOnly DueDate, string Status, int? Revision);
