namespace ProjectOffice.Domain.Projects;

public enum SectionKind
{
    Text = 1,

    /// <summary>Marks where the indicators' calculation methods table prints.</summary>
    IndicatorMethods = 2,

    /// <summary>An activity × year table with budget codes; its rows are budget items of the section.</summary>
    Financing = 3,
    Table = 4,
}
