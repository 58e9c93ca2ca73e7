using ProjectOffice.Domain.Access;

namespace ProjectOffice.Data.DemoData;

/// <summary>One demo account per role; seeded only in demo mode, never in Production.</summary>
public static class DemoUsers
{
    public const string Password = "Demo-2026!";

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("admin", "Администратор Портала", Roles.Admin),
        new("office", "Романькова Наталья Владимировна", Roles.Office),
        new("curator", "Шестаков Вячеслав Викторович", Roles.Curator),
        new("leader", "Чернецкая Людмила Геннадьевна", Roles.Leader),
        new("methodist", "Лобова Татьяна Сергеевна", Roles.Methodist),
        new("viewer", "Наблюдатель Демонстрационный", Roles.Viewer),
    ];

    public static DemoUser Admin => All[0];
    public static DemoUser Office => All[1];
    public static DemoUser Curator => All[2];
    public static DemoUser Leader => All[3];
    public static DemoUser Methodist => All[4];
    public static DemoUser Viewer => All[5];
}

public sealed record DemoUser(string UserName, string FullName, string Role);
