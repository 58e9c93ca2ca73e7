using ProjectOffice.Forms.Budget;

namespace ProjectOffice.Forms.Passport;

/// <summary>A row of a passport budget table: its title and its money cells (typed amounts or computed totals).</summary>
public sealed record PassportMoneyRow(string Title, IReadOnlyList<BudgetFormCell> Cells, bool IsTotal);
