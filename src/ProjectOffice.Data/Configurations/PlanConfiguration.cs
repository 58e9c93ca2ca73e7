using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Data.Configurations;

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(5000);
        builder.Property(i => i.PrintedNumber).HasMaxLength(20);
        foreach (var text in new[]
                 {
                     nameof(PlanItem.StartText), nameof(PlanItem.EndText), nameof(PlanItem.StartNote), nameof(PlanItem.EndNote),
                     nameof(PlanItem.DeadlineText), nameof(PlanItem.PlannedValueText), nameof(PlanItem.ControlLevelText),
                 })
        {
            builder.Property(text).HasMaxLength(300);
        }

        builder.Property(i => i.IndicatorName).HasMaxLength(2000);
        builder.Property(i => i.IndicatorUnit).HasMaxLength(200);
        builder.Property(i => i.DocumentType).HasMaxLength(2000);
        builder.Property(i => i.PlannedValue).HasPrecision(18, 4);
        builder.OwnsMany(i => i.YearValues, v => v.ToJson());
        builder.HasMany(i => i.Children).WithOne().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Responsibles).WithOne().HasForeignKey(r => r.PlanItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Stage>().WithMany().HasForeignKey(i => i.StageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProjectTask>().WithMany().HasForeignKey(i => i.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProjectResult>().WithMany().HasForeignKey(i => i.ResultId).OnDelete(DeleteBehavior.SetNull);
        // The plan is read as a whole per project, in tree order.
        builder.HasIndex(i => new { i.ProjectId, i.ParentId, i.SortOrder });
        // Dashboards list control events dated by their control point in the point's end-date order.
        builder.HasIndex(i => i.EndDate);
    }
}

internal sealed class ControlEventConfiguration : IEntityTypeConfiguration<ControlEvent>
{
    public void Configure(EntityTypeBuilder<ControlEvent> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(5000);
        builder.Property(e => e.PlannedDateText).HasMaxLength(300);
        builder.Property(e => e.Comment).HasMaxLength(5000);
        builder.Property(e => e.CancelReason).HasMaxLength(2000);
        builder.Property(e => e.DoneByUserId).HasMaxLength(450);
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasOne(e => e.PlanItem).WithMany().HasForeignKey(e => e.PlanItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Stage>().WithMany().HasForeignKey(e => e.StageId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.DoneByPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.DoneByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(e => e.Responsibles).WithOne().HasForeignKey(r => r.ControlEventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Evidence).WithOne().HasForeignKey(f => f.ControlEventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ProjectId, e.SortOrder });
        // Dashboards ask "open events due before a date", across projects.
        builder.HasIndex(e => new { e.Status, e.PlannedDate });
        // …and "done within the last fortnight", by the date it was done or the moment it was marked.
        builder.HasIndex(e => new { e.Status, e.DoneOn });
        builder.HasIndex(e => new { e.Status, e.MarkedAt });
    }
}

internal sealed class ResponsibleConfiguration : IEntityTypeConfiguration<Responsible>
{
    public void Configure(EntityTypeBuilder<Responsible> builder)
    {
        builder.ToTable("Responsibles");
        builder.Property(r => r.PositionText).HasMaxLength(2000);
        builder.Property(r => r.NameText).HasMaxLength(300);
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.Phone).HasMaxLength(100);
        builder.Property(r => r.Text).HasMaxLength(1000);
        builder.HasOne(r => r.Person).WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.PlanItemId);
        builder.HasIndex(r => r.ControlEventId);
        // "My control events": events where I am responsible.
        builder.HasIndex(r => r.PersonId);
        builder.ToTable(t => t.HasCheckConstraint("CK_Responsibles_Owner", "num_nonnulls(\"PlanItemId\", \"ControlEventId\") = 1"));
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(255).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(200).IsRequired();
        builder.Property(f => f.UploadedByUserId).HasMaxLength(450);
        builder.HasIndex(f => f.ControlEventId);
    }
}

internal sealed class FootnoteConfiguration : IEntityTypeConfiguration<Footnote>
{
    public void Configure(EntityTypeBuilder<Footnote> builder)
    {
        builder.Property(f => f.Marker).HasMaxLength(20).IsRequired();
        builder.Property(f => f.Text).HasMaxLength(5000);
        builder.Property(f => f.Caption).HasMaxLength(1000);
        builder.HasOne<PlanItem>().WithMany().HasForeignKey(f => f.PlanItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(f => f.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.ProjectId, f.SortOrder });
    }
}
