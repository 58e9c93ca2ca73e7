namespace ProjectOffice.Domain.Projects;

public enum ParticipantGroupKind
{
    /// <summary>The rows before any heading: curator, leader, administrator.</summary>
    Project = 1,

    /// <summary>«Общие организационные мероприятия по проекту».</summary>
    General = 2,
    Result = 3,
}
