using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Web.Features.Layout;

/// <summary>
/// One responsible executor as the plan prints it (<see cref="ExecutorLine"/>): «ФИО, должность» in the name and
/// position given at this place, or an organisation's text.
/// </summary>
public sealed record ResponsibleLine(int OwnerId, int SortOrder, string? PersonName, string? Position, string? Text, string? UserId)
{
    public string Display => ExecutorLine.Of(PersonName, Position, Text);

    /// <summary>People print joined with «; », organisations with «, », or one per line (docs/project-format.md, Responsible).</summary>
    public static string Join(IEnumerable<ResponsibleLine> lines, bool onLines = false) =>
        ExecutorLine.Join(lines.Select(l => (l.PersonName is not null, l.Display)).ToList(), onLines);
}
