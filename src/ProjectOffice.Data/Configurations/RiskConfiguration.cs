using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Data.Configurations;

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(2000);
        builder.Property(r => r.Description).HasMaxLength(5000);
        builder.Property(r => r.Cause).HasMaxLength(5000);
        builder.Property(r => r.Consequence).HasMaxLength(5000);
        builder.Property(r => r.Trigger).HasMaxLength(2000);
        builder.Property(r => r.PassportText).HasMaxLength(2000);
        // PostgreSQL's xmin changes with every update of the row: the register's optimistic concurrency.
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasOne<Project>().WithMany(p => p.Risks).HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.OwnerPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(r => r.Measures).WithOne().HasForeignKey(m => m.RiskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(h => h.RiskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ProjectId, r.SortOrder });
        // Reminders and reports ask "open risks due for review before a date", across projects.
        builder.HasIndex(r => new { r.Status, r.ReviewDate });
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Risks_Probability", "\"Probability\" BETWEEN 1 AND 10");
            t.HasCheckConstraint("CK_Risks_Impact", "\"Impact\" BETWEEN 1 AND 10");
        });
    }
}

internal sealed class RiskMeasureConfiguration : IEntityTypeConfiguration<RiskMeasure>
{
    public void Configure(EntityTypeBuilder<RiskMeasure> builder)
    {
        builder.Property(m => m.Text).HasMaxLength(2000);
        builder.HasOne<PlanItem>().WithMany().HasForeignKey(m => m.PlanItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ControlEvent>().WithMany().HasForeignKey(m => m.ControlEventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => m.RiskId);
    }
}

internal sealed class RiskStatusChangeConfiguration : IEntityTypeConfiguration<RiskStatusChange>
{
    public void Configure(EntityTypeBuilder<RiskStatusChange> builder)
    {
        builder.Property(h => h.UserName).HasMaxLength(300);
        builder.Property(h => h.Comment).HasMaxLength(2000);
        builder.HasIndex(h => h.RiskId);
    }
}

internal sealed class ProjectProblemConfiguration : IEntityTypeConfiguration<ProjectProblem>
{
    public void Configure(EntityTypeBuilder<ProjectProblem> builder)
    {
        builder.ToTable("Problems");
        builder.Property(p => p.Title).HasMaxLength(2000);
        builder.Property(p => p.Description).HasMaxLength(5000);
        builder.Property(p => p.Decision).HasMaxLength(5000);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasOne<Project>().WithMany(p => p.Problems).HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Risk>().WithMany().HasForeignKey(p => p.RiskId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.ResponsiblePersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.ProjectId, p.SortOrder });
        // Dashboards count open problems past their deadline, across projects.
        builder.HasIndex(p => new { p.Status, p.Deadline });
    }
}
