namespace ProjectOffice.Domain.Practices;

/// <summary>The two tables of section 16.</summary>
public enum NormativeActKind
{
    /// <summary>«Принятые НПА»: name and the result of adopting it.</summary>
    Adopted = 1,

    /// <summary>«Измененные НПА»: name, what was changed, the result of the change.</summary>
    Amended = 2,
}
