namespace ProjectOffice.Data.Journal;

/// <summary>The kinds of rows a journalled key can point to, shown by their names instead of their ids.</summary>
public enum JournalReference
{
    User,
    Person,
    Organisation,
    Stage,
    PlanItem,
    Task,
    Result,
    Group,
    FundingSource,
}
