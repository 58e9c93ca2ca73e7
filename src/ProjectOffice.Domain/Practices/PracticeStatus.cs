namespace ProjectOffice.Domain.Practices;

public enum PracticeStatus
{
    /// <summary>Being written by the project team; read only by its authors, the project's readers and the office.</summary>
    Draft = 1,

    /// <summary>In the library: every signed-in user reads it.</summary>
    Published = 2,
}
