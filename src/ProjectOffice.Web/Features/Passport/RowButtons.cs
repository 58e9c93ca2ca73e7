namespace ProjectOffice.Web.Features.Passport;

/// <summary>The up / down / remove buttons of a row: Table is «» on a one-table page, «executors:», «rows:1:» otherwise.</summary>
public sealed record RowButtons(string Table, int Index, int Count, string RemoveTitle = "Удалить строку");
