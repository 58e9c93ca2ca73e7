namespace ProjectOffice.Web.Features.PlanImport;

/// <summary>An existing plan item the upload changes: its number in the new plan, its name, the changed columns.</summary>
public sealed record ChangedItem(string Number, string KindName, string Title, IReadOnlyList<FieldChange> Fields);
