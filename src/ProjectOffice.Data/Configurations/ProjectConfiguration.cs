using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Data.Configurations;

/// <summary>The project aggregate: the passport and every table of it, deleted with the project.</summary>
internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    private const int LongText = 20000;

    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(1000).IsRequired();
        builder.Property(p => p.ShortName).HasMaxLength(1000);
        foreach (var text in new[]
                 {
                     nameof(Project.NationalProject), nameof(Project.FederalProject), nameof(Project.RegionalProject),
                     nameof(Project.StrategicGoalRegionCaption), nameof(Project.StrategicGoalRegion),
                     nameof(Project.StrategicGoalCityCaption), nameof(Project.StrategicGoalCity), nameof(Project.FunctionalBlock),
                     nameof(Project.Municipality), nameof(Project.Basis), nameof(Project.Goal), nameof(Project.RelatedProjects),
                 })
        {
            builder.Property(text).HasMaxLength(LongText);
        }

        // PostgreSQL's xmin changes with every update of the row; each passport save touches the row.
        builder.Property(p => p.Version).IsRowVersion();

        // The project list searches names by substring and filters by status and year.
        builder.HasIndex(p => p.Name).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(p => new { p.Status, p.StartDate });
        builder.HasIndex(p => new { p.StartDate, p.EndDate });

        builder.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ParticipantGroups).WithOne().HasForeignKey(g => g.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Stages).WithOne().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ListItems).WithOne().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Indicators).WithOne().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.BudgetItems).WithOne().HasForeignKey(b => b.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Signatures).WithOne().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Forms).WithOne().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.PlanItems).WithOne().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ControlEvents).WithOne().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Footnotes).WithOne().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectMemberConfiguration : IEntityTypeConfiguration<ProjectMember>
{
    public void Configure(EntityTypeBuilder<ProjectMember> builder)
    {
        builder.Property(m => m.NameText).HasMaxLength(1000);
        builder.Property(m => m.RoleTitle).HasMaxLength(500);
        builder.Property(m => m.Position).HasMaxLength(2000);
        builder.Property(m => m.Email).HasMaxLength(256);
        builder.Property(m => m.Phone).HasMaxLength(100);
        builder.Property(m => m.DirectSupervisor).HasMaxLength(1000);
        builder.Property(m => m.EmploymentText).HasMaxLength(50);
        builder.Property(m => m.Employment).HasPrecision(9, 3);
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Group).WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.SupervisorPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => new { m.ProjectId, m.SortOrder });
        // "Projects where I am the leader / curator": the list filters and per-project access ask this.
        builder.HasIndex(m => new { m.PersonId, m.Role });
        builder.Ignore(m => m.DisplayName);
    }
}

internal sealed class ParticipantGroupConfiguration : IEntityTypeConfiguration<ParticipantGroup>
{
    public void Configure(EntityTypeBuilder<ParticipantGroup> builder)
    {
        builder.Property(g => g.Title).HasMaxLength(2000);
        builder.HasOne<ProjectResult>().WithMany().HasForeignKey(g => g.ResultId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => new { g.ProjectId, g.SortOrder });
    }
}

internal sealed class StageConfiguration : IEntityTypeConfiguration<Stage>
{
    public void Configure(EntityTypeBuilder<Stage> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(1000).IsRequired();
        builder.OwnsMany(s => s.PrintedNames, v => v.ToJson());
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasIndex(s => new { s.ProjectId, s.SortOrder });
    }
}

internal sealed class ProjectTaskConfiguration : IEntityTypeConfiguration<ProjectTask>
{
    public void Configure(EntityTypeBuilder<ProjectTask> builder)
    {
        builder.ToTable("ProjectTasks");
        builder.Property(t => t.Name).HasMaxLength(5000).IsRequired();
        builder.HasMany(t => t.Results).WithOne().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(t => t.PrintedNames, v => v.ToJson());
        builder.HasIndex(t => new { t.ProjectId, t.SortOrder });
    }
}

internal sealed class ProjectResultConfiguration : IEntityTypeConfiguration<ProjectResult>
{
    public void Configure(EntityTypeBuilder<ProjectResult> builder)
    {
        builder.ToTable("ProjectResults");
        builder.Property(r => r.Name).HasMaxLength(20000).IsRequired();
        builder.Property(r => r.Characteristic).HasMaxLength(20000);
        builder.HasIndex(r => new { r.TaskId, r.SortOrder });
    }
}

internal sealed class ProjectListItemConfiguration : IEntityTypeConfiguration<ProjectListItem>
{
    public void Configure(EntityTypeBuilder<ProjectListItem> builder)
    {
        builder.Property(i => i.Text).HasMaxLength(5000).IsRequired();
        builder.HasIndex(i => new { i.ProjectId, i.Kind, i.SortOrder });
    }
}

internal sealed class ProjectSectionConfiguration : IEntityTypeConfiguration<ProjectSection>
{
    public void Configure(EntityTypeBuilder<ProjectSection> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(1000).IsRequired();
        builder.Property(s => s.Body).HasMaxLength(100000);
        builder.Property(s => s.TableColumns);
        builder.Property(s => s.TableRows).HasJsonConversion();
        builder.HasIndex(s => new { s.ProjectId, s.SortOrder });
    }
}

internal sealed class FormSignatureConfiguration : IEntityTypeConfiguration<FormSignature>
{
    public void Configure(EntityTypeBuilder<FormSignature> builder)
    {
        builder.Property(s => s.PositionText).HasMaxLength(1000).IsRequired();
        builder.Property(s => s.OrganisationText).HasMaxLength(1000);
        builder.Property(s => s.NameText).HasMaxLength(300).IsRequired();
        builder.Property(s => s.DateText).HasMaxLength(100);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.ProjectId, s.Form, s.SortOrder });
    }
}

internal sealed class ProjectFormConfiguration : IEntityTypeConfiguration<ProjectForm>
{
    public void Configure(EntityTypeBuilder<ProjectForm> builder) =>
        builder.HasIndex(f => new { f.ProjectId, f.Form }).IsUnique();
}
