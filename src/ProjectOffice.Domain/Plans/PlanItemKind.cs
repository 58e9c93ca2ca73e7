namespace ProjectOffice.Domain.Plans;

/// <summary>
/// Levels of the plan tree: municipal Этап → Мероприятие; national Задача → Результат → Мероприятие / Контрольная точка;
/// a section heading («1. Организационные мероприятия») may group rows at any level in both.
/// </summary>
public enum PlanItemKind
{
    Stage = 1,
    Task = 2,
    Result = 3,
    Event = 4,
    ControlPoint = 5,

    /// <summary>
    /// A section row of the plan, printed across the whole table: it groups the rows under it but, unlike a stage or a
    /// task, stands for nothing in the passport — it has its own name, dates if the paper gives them, and no executor,
    /// result or control event.
    /// </summary>
    Heading = 6,
}
