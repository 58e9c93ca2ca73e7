namespace ProjectOffice.Domain.Projects;

/// <summary>The printed forms of a project.</summary>
public enum FormKind
{
    Passport = 1,
    PassportBudget = 2,
    Plan = 3,
    ControlEvents = 4,
    Budget = 5,
    IndicatorsByOrganisation = 6,
    IndicatorMethods = 7,
    AdditionalMaterials = 8,

    /// <summary>«Показатели проекта»: every layout's indicators with their footnotes.</summary>
    Indicators = 9,
}
