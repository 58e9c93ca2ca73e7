using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Forms.Plan;

/// <summary>Responsible executors read for printing in one query, whatever they belong to.</summary>
public static class ResponsibleQuery
{
    /// <summary>A person prints the name and position given at this place, else the person's own.</summary>
    public static IQueryable<ResponsibleLine> Lines(this IQueryable<Responsible> responsibles) =>
        responsibles.Select(r => new ResponsibleLine(
            r.PlanItemId,
            r.ControlEventId,
            r.SortOrder,
            r.PersonId == null ? null : r.NameText ?? r.Person!.FullName,
            r.PersonId == null ? null : r.PositionText ?? r.Person!.Position,
            r.Text));
}
