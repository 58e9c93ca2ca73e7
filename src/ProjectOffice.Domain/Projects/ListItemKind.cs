namespace ProjectOffice.Domain.Projects;

/// <summary>Passport fields that are lists of sentences (seed 000 keeps them as HTML lists).</summary>
public enum ListItemKind
{
    ExpectedResult = 1,

    /// <summary>Item 15 / «Связь с муниципальными и региональными программами»: one programme per item.</summary>
    Programme = 4,
    ExternalRisk = 2,
    InternalRisk = 3,
}
