using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// Which kind of item may sit under which: municipal Этап → Мероприятие; national Задача → Результат →
/// Мероприятие / Контрольная точка; an event may hold sub-events in both layouts. A section heading may stand at the
/// top and in every stage, task or heading, and holds what a stage (municipal) or a task (national) holds, so a plan
/// of sections needs no invented stage.
/// </summary>
public static class PlanShape
{
    public static IReadOnlyList<PlanItemKind> ChildKinds(ProjectLayout layout, PlanItemKind? parent) => (layout, parent) switch
    {
        (ProjectLayout.Municipal, null) => [PlanItemKind.Stage, PlanItemKind.Heading],
        (ProjectLayout.Municipal, PlanItemKind.Stage or PlanItemKind.Heading) => [PlanItemKind.Event, PlanItemKind.Heading],
        (ProjectLayout.National, null) => [PlanItemKind.Task, PlanItemKind.Heading],
        (ProjectLayout.National, PlanItemKind.Task or PlanItemKind.Heading) => [PlanItemKind.Result, PlanItemKind.Heading],
        (ProjectLayout.National, PlanItemKind.Result) => [PlanItemKind.Event, PlanItemKind.ControlPoint],
        (_, PlanItemKind.Event) => [PlanItemKind.Event],
        _ => [],
    };

    public static bool CanHold(ProjectLayout layout, PlanItemKind? parent, PlanItemKind child) => ChildKinds(layout, parent).Contains(child);

    /// <summary>Stage and task items print their stage's or task's name; the others carry their own.</summary>
    public static bool HasOwnName(PlanItemKind kind) => kind is not (PlanItemKind.Stage or PlanItemKind.Task);

    /// <summary>A row printed across the whole table as a group: stages, tasks and section headings.</summary>
    public static bool IsGroup(PlanItemKind kind) => kind is PlanItemKind.Stage or PlanItemKind.Task or PlanItemKind.Heading;

    /// <summary>A row that is a piece of work (has executors, a result, control events): not a stage, task or heading.</summary>
    public static bool IsWork(PlanItemKind kind) => !IsGroup(kind);

    public static string KindName(PlanItemKind kind) => kind switch
    {
        PlanItemKind.Stage => "Этап",
        PlanItemKind.Task => "Задача",
        PlanItemKind.Result => "Результат",
        PlanItemKind.Event => "Мероприятие",
        PlanItemKind.ControlPoint => "Контрольная точка",
        PlanItemKind.Heading => "Раздел",
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
