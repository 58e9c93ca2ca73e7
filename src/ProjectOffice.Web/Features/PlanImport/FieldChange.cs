namespace ProjectOffice.Web.Features.PlanImport;

/// <summary>One column of a plan item that the upload changes, as the printed plan shows it: old → new.</summary>
public sealed record FieldChange(string Field, string Old, string New);
