namespace ProjectOffice.Domain.Projects;

public enum ProjectStatus
{
    Draft = 1,
    InAgreement = 2,
    InApproval = 3,
    Approved = 4,
    Completed = 5,
}
