namespace ProjectOffice.Domain.Plans;

/// <summary>Levels of the plan tree: municipal Этап → Мероприятие; national Задача → Результат → Мероприятие / Контрольная точка.</summary>
public enum PlanItemKind
{
    Stage = 1,
    Task = 2,
    Result = 3,
    Event = 4,
    ControlPoint = 5,
}
