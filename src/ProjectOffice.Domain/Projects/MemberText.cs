using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Domain.Projects;

/// <summary>
/// How the forms print a project member. The member's own position, e-mail and phone win over the person's,
/// because the same person is described differently at different places of one passport.
/// </summary>
public static class MemberText
{
    public static string FullName(ProjectMember member) => member.NameText ?? member.Person?.FullName ?? "";

    /// <summary>«Ермаков А.В.»; a name typed for this place («Бадудина Т.А.», a group of people) stays as typed.</summary>
    public static string ShortName(ProjectMember member) =>
        member.NameText ?? (member.Person is { } person ? PersonNames.ToShortForm(person.FullName) : "");

    public static string? Position(ProjectMember member) => member.Position ?? member.Person?.Position;

    public static string? Email(ProjectMember member) => member.Email ?? member.Person?.Email;

    public static string? Phone(ProjectMember member) => member.Phone ?? member.Person?.Phone;

    /// <summary>Long style of municipal items 7–13: «ФИО, должность, e-mail, тел. …».</summary>
    public static string LongStyle(ProjectMember member)
    {
        var parts = new[] { FullName(member), Position(member), Email(member), Phone(member) is { Length: > 0 } phone ? "тел. " + phone : null };
        return string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    /// <summary>«ФИО, должность» of the national section 1.</summary>
    public static string NameAndPosition(ProjectMember member) =>
        string.Join(", ", new[] { FullName(member), Position(member) }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
