using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Data.Configurations;

/// <summary>The decision history of passports and stages.</summary>
internal sealed class ApprovalDecisionConfiguration : IEntityTypeConfiguration<ApprovalDecision>
{
    public void Configure(EntityTypeBuilder<ApprovalDecision> builder)
    {
        builder.Property(d => d.UserId).HasMaxLength(450);
        builder.Property(d => d.UserName).HasMaxLength(300).IsRequired();
        builder.Property(d => d.StageName).HasMaxLength(1000);
        builder.Property(d => d.Comment).HasMaxLength(PassportWorkflow.MaxCommentLength);
        // Projects are never deleted from the portal; like the journal, the history keeps pointing at real projects.
        builder.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Restrict);
        // A stage deleted from a later draft keeps its history, with the name it had.
        builder.HasOne<Stage>().WithMany().HasForeignKey(d => d.StageId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(d => new { d.ProjectId, d.Id });
    }
}

/// <summary>Frozen passport versions: the snapshot is written once and never updated.</summary>
internal sealed class ProjectVersionConfiguration : IEntityTypeConfiguration<ProjectVersion>
{
    public void Configure(EntityTypeBuilder<ProjectVersion> builder)
    {
        builder.Property(v => v.AgreedByUserId).HasMaxLength(450);
        builder.Property(v => v.AgreedByName).HasMaxLength(300).IsRequired();
        builder.Property(v => v.ApprovedByUserId).HasMaxLength(450);
        builder.Property(v => v.ApprovedByName).HasMaxLength(300).IsRequired();
        builder.Property(v => v.ChangeReason).HasMaxLength(PassportWorkflow.MaxCommentLength);
        builder.Property(v => v.Snapshot).HasColumnType("jsonb").IsRequired();
        // EF refuses to save a changed snapshot of a stored version (the migration's trigger refuses it in the database too).
        foreach (var property in builder.Metadata.GetProperties().Where(p => !p.IsPrimaryKey()))
        {
            property.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
        }

        builder.HasOne<Project>().WithMany().HasForeignKey(v => v.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(v => v.AgreedByPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(v => v.ApprovedByPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.ProjectId, v.Number }).IsUnique();
    }
}
