namespace ProjectOffice.Web.Features.Plan;

/// <summary>One responsible executor as the plan prints it: «ФИО, должность» or an organisation's text.</summary>
public sealed record ResponsibleLine(int OwnerId, int SortOrder, string? PersonName, string? Position, string? Text, string? UserId)
{
    public string Display => PersonName is null ? Text ?? "" : string.IsNullOrWhiteSpace(Position) ? PersonName : $"{PersonName}, {Position}";

    /// <summary>People print joined with «; », organisations with «, » (docs/project-format.md, Responsible).</summary>
    public static string Join(IEnumerable<ResponsibleLine> lines)
    {
        var list = lines.ToList();
        return string.Join(list.Any(l => l.PersonName is not null) ? "; " : ", ", list.Select(l => l.Display));
    }
}
