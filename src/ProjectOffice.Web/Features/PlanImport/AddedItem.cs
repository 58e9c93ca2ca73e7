namespace ProjectOffice.Web.Features.PlanImport;

/// <summary>A row of the upload that becomes a new plan item, as it will print.</summary>
public sealed record AddedItem(string Number, string KindName, string Title, string Term, string Responsible);
