namespace ProjectOffice.Domain.Practices;

/// <summary>The two one-column tables of the passport.</summary>
public enum PracticeListKind
{
    /// <summary>Section 8: возможности, которые позволили реализовать практику.</summary>
    Opportunity = 1,

    /// <summary>Section 9: принципиальные подходы, избранные при разработке и внедрении практики.</summary>
    Approach = 2,
}
