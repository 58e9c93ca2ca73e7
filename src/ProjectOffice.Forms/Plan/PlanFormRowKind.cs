namespace ProjectOffice.Forms.Plan;

public enum PlanFormRowKind
{
    /// <summary>A stage («1 этап. …») or task («Задача 1 …») across the whole table.</summary>
    Heading = 1,
    Result = 2,
    Event = 3,
    ControlPoint = 4,
}
