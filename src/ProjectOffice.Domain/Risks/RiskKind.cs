namespace ProjectOffice.Domain.Risks;

/// <summary>Where the risk comes from, as item 22 of the municipal passport divides them.</summary>
public enum RiskKind
{
    External = 1,
    Internal = 2,
}
