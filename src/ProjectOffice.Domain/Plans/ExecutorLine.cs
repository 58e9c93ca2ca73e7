namespace ProjectOffice.Domain.Plans;

/// <summary>
/// How a plan item's or a control event's responsible executors are worded, on the pages and on paper alike
/// (docs/project-format.md, Responsible): a person as «Ф.И.О., должность» in the name and position given at this place
/// (else the person's own), an organisation as its text; people joined with «; », organisations with «, » — or, where
/// the document has them so, one executor per line (organisations and people mixed).
/// </summary>
public static class ExecutorLine
{
    /// <param name="personName">The person's name as printed here, or null when the executor is an organisation.</param>
    public static string Of(string? personName, string? position, string? organisation) =>
        personName is null ? organisation ?? ""
        : string.IsNullOrWhiteSpace(position) ? personName
        : personName + ", " + position;

    /// <summary>One executor of the stored rows.</summary>
    public static string Of(Responsible responsible)
    {
        ArgumentNullException.ThrowIfNull(responsible);
        return responsible.PersonId is null
            ? Of(null, null, responsible.Text)
            : Of(responsible.NameText ?? responsible.Person?.FullName ?? "", responsible.PositionText ?? responsible.Person?.Position, null);
    }

    /// <summary>The executors of one item in their order, joined as the form joins them.</summary>
    public static string Join(IReadOnlyCollection<(bool IsPerson, string Line)> executors, bool onLines = false)
    {
        ArgumentNullException.ThrowIfNull(executors);
        return string.Join(onLines ? "\n" : executors.Any(e => e.IsPerson) ? "; " : ", ", executors.Select(e => e.Line));
    }

    /// <summary>The stored executors of one item, in their order.</summary>
    public static string Join(IEnumerable<Responsible> responsibles, bool onLines = false)
    {
        ArgumentNullException.ThrowIfNull(responsibles);
        return Join(responsibles.OrderBy(r => r.SortOrder).ThenBy(r => r.Id).Select(r => (r.PersonId is not null, Of(r))).ToList(), onLines);
    }
}
