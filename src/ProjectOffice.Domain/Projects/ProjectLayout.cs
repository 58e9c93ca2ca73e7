namespace ProjectOffice.Domain.Projects;

/// <summary>The two passport layouts of the seeds.</summary>
public enum ProjectLayout
{
    /// <summary>Municipal passport (Omsk style): items 1–22, stages, budget by stage.</summary>
    Municipal = 1,

    /// <summary>National-project passport (Sayansk style, Decree 1288 family): sections 1–5 and annexes.</summary>
    National = 2,
}
