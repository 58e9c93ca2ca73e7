using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// Which kind of item may sit under which: municipal Этап → Мероприятие; national Задача → Результат →
/// Мероприятие / Контрольная точка; an event may hold sub-events in both layouts.
/// </summary>
public static class PlanShape
{
    public static IReadOnlyList<PlanItemKind> ChildKinds(ProjectLayout layout, PlanItemKind? parent) => (layout, parent) switch
    {
        (ProjectLayout.Municipal, null) => [PlanItemKind.Stage],
        (ProjectLayout.Municipal, PlanItemKind.Stage) => [PlanItemKind.Event],
        (ProjectLayout.National, null) => [PlanItemKind.Task],
        (ProjectLayout.National, PlanItemKind.Task) => [PlanItemKind.Result],
        (ProjectLayout.National, PlanItemKind.Result) => [PlanItemKind.Event, PlanItemKind.ControlPoint],
        (_, PlanItemKind.Event) => [PlanItemKind.Event],
        _ => [],
    };

    public static bool CanHold(ProjectLayout layout, PlanItemKind? parent, PlanItemKind child) => ChildKinds(layout, parent).Contains(child);

    /// <summary>Stage and task items print their stage's or task's name; the others carry their own.</summary>
    public static bool HasOwnName(PlanItemKind kind) => kind is not (PlanItemKind.Stage or PlanItemKind.Task);

    public static string KindName(PlanItemKind kind) => kind switch
    {
        PlanItemKind.Stage => "Этап",
        PlanItemKind.Task => "Задача",
        PlanItemKind.Result => "Результат",
        PlanItemKind.Event => "Мероприятие",
        PlanItemKind.ControlPoint => "Контрольная точка",
        _ => kind.ToString(),
    };

    /// <summary>«КП», «РП», «АП» as the plans print the level of control.</summary>
    public static string ControlLevelLabel(ControlLevel level) => level switch
    {
        ControlLevel.Curator => "КП",
        ControlLevel.Leader => "РП",
        ControlLevel.Administrator => "АП",
        _ => level.ToString(),
    };
}
