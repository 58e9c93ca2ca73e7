namespace ProjectOffice.Domain.Risks;

public enum RiskStatus
{
    Open = 1,
    Monitoring = 2,

    /// <summary>The risk happened: it became a problem of the register.</summary>
    Occurred = 3,
    Closed = 4,
}
