using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>The top of every passport section page: the project, its layout and which section is open.</summary>
public sealed class PassportHeading
{
    public required int ProjectId { get; init; }
    public required string ProjectName { get; init; }
    public required ProjectLayout Layout { get; init; }

    /// <summary>The open section's slug: general, team, stages … (see <see cref="PassportSections"/>).</summary>
    public required string Section { get; init; }

    public string SectionTitle => PassportSections.All.FirstOrDefault(s => s.Slug == Section)?.Title ?? "";
}
