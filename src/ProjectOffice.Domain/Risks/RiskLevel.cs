namespace ProjectOffice.Domain.Risks;

/// <summary>The level a risk's score falls in on the office's matrix; ordered, so the highest is the maximum.</summary>
public enum RiskLevel
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
