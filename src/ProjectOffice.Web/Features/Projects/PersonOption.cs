namespace ProjectOffice.Web.Features.Projects;

/// <summary>A person offered in the leader / curator filter of the project list.</summary>
public sealed record PersonOption(int Id, string FullName);
