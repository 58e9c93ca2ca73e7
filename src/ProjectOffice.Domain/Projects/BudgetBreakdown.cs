namespace ProjectOffice.Domain.Projects;

/// <summary>How the passport's budget is split into rows.</summary>
public enum BudgetBreakdown
{
    /// <summary>Municipal: a row per stage, a column per funding source.</summary>
    Stage = 1,

    /// <summary>National: a row group per result (direction), funding sources × years.</summary>
    Direction = 2,
}
