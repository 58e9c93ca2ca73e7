namespace ProjectOffice.Domain.Access;

/// <summary>Global roles of the portal (DOMAIN.md, "People and roles").</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Office = "Office";
    public const string Curator = "Curator";
    public const string Leader = "Leader";
    public const string Methodist = "Methodist";
    public const string Viewer = "Viewer";

    public static IReadOnlyList<string> All { get; } = [Admin, Office, Curator, Leader, Methodist, Viewer];

    public static string DisplayName(string role) => role switch
    {
        Admin => "Администратор",
        Office => "Проектный офис",
        Curator => "Куратор",
        Leader => "Руководитель проекта",
        Methodist => "Методист",
        Viewer => "Наблюдатель",
        _ => role,
    };
}
