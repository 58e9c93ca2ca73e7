namespace ProjectOffice.Web.Features.Passport;

/// <summary>A result a budget direction can be linked to: «1.2» and the first line of its name.</summary>
public sealed record BudgetResultOption(int Id, string Number, string Name);
