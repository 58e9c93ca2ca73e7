namespace ProjectOffice.Domain.Projects;

/// <summary>The project's level; captions use its genitive («муниципального проекта»).</summary>
public enum ProjectLevel
{
    Federal = 1,
    Regional = 2,
    Municipal = 3,
}
