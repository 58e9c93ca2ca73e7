namespace ProjectOffice.Domain.Practices;

/// <summary>The two columns of section 12.</summary>
public enum StakeholderKind
{
    /// <summary>«Количество граждан, участвующих в реализации практики».</summary>
    Involved = 1,

    /// <summary>«Количество граждан, на которых направлен эффект от реализации практики».</summary>
    Reached = 2,
}
