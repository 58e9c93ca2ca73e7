namespace ProjectOffice.Domain.Projects;

/// <summary>A computed budget total: a number (with the scale it prints with), «-» when every amount was «-», or nothing.</summary>
public readonly record struct BudgetTotal(decimal? Value, bool IsDash);
