namespace ProjectOffice.Domain.Projects;

public enum SignatureKind
{
    /// <summary>«СОГЛАСОВАНО».</summary>
    Agreed = 1,

    /// <summary>«УТВЕРЖДАЮ».</summary>
    Approved = 2,

    /// <summary>The project leader's signature under the passport.</summary>
    LeaderSignature = 3,
}
