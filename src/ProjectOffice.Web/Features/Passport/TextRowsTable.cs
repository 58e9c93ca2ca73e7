namespace ProjectOffice.Web.Features.Passport;

/// <summary>One list of the lists page as the shared partial draws it: fields named {Field}[i].Text, commands «add:{Table}».</summary>
public sealed record TextRowsTable(string Title, string Table, string Field, IReadOnlyList<TextRow> Rows, string? Hint = null);
