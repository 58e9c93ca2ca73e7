namespace ProjectOffice.Web.Features.Layout;

/// <summary>
/// The model of <c>_ProjectNav.cshtml</c>, the tabs every page of one project shows: passport, plan, control events,
/// Gantt chart, risks, approval, reports, versions, journal and printed forms, the open one marked.
/// </summary>
public sealed record ProjectNav(int ProjectId, string ProjectName, string Current)
{
    public const string Card = "card";
    public const string Plan = "plan";
    public const string ControlEvents = "control-events";
    public const string Gantt = "gantt";
    public const string Risks = "risks";
    public const string Approval = "approval";
    public const string Versions = "versions";
    public const string Journal = "journal";
    public const string Forms = "forms";
    public const string Reports = "reports";

    public static IReadOnlyList<(string Key, string Title, string Path)> Tabs { get; } =
    [
        (Card, "Паспорт", ""),
        (Plan, "План мероприятий", "/plan"),
        (ControlEvents, "Контрольные события", "/control-events"),
        (Gantt, "Диаграмма Ганта", "/gantt"),
        (Risks, "Риски", "/risks"),
        (Approval, "Согласование", "/approval"),
        (Reports, "Отчеты", "/reports"),
        (Versions, "Версии", "/versions"),
        (Journal, "Журнал", "/journal"),
        (Forms, "Печатные формы", "/forms"),
    ];

    public string Url(string path) => $"/projects/{ProjectId}{path}";
}
