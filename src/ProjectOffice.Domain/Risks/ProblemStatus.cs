namespace ProjectOffice.Domain.Risks;

public enum ProblemStatus
{
    Open = 1,
    Resolved = 2,
}
