namespace ProjectOffice.Web.Features.Passport;

public sealed record BudgetSourceColumn(int Id, string Name, bool IsArchived);
