namespace ProjectOffice.Domain.Projects;

/// <summary>Item 3 of the municipal passport: приоритетный / внешний / внутренний.</summary>
public enum ProjectKind
{
    Priority = 1,
    External = 2,
    Internal = 3,
}
