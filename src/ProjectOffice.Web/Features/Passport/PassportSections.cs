namespace ProjectOffice.Web.Features.Passport;

/// <summary>The passport editor's sections in the order the form prints them.</summary>
public static class PassportSections
{
    public const string General = "general";
    public const string Team = "team";
    public const string Stages = "stages";
    public const string Lists = "lists";
    public const string Tasks = "tasks";
    public const string Indicators = "indicators";
    public const string Budget = "budget";
    public const string Materials = "materials";

    public static IReadOnlyList<PassportSection> All { get; } =
    [
        new(General, "Общие сведения"),
        new(Team, "Участники"),
        new(Stages, "Этапы"),
        new(Lists, "Списки"),
        new(Tasks, "Задачи и результаты"),
        new(Indicators, "Показатели"),
        new(Budget, "Бюджет"),
        new(Materials, "Доп. материалы"),
    ];

    public static string Url(int projectId, string slug) => $"/projects/{projectId}/edit/{slug}";
}
