namespace ProjectOffice.Domain.Risks;

/// <summary>The response to a risk.</summary>
public enum RiskStrategy
{
    Avoid = 1,
    Mitigate = 2,
    Transfer = 3,
    Accept = 4,
}
