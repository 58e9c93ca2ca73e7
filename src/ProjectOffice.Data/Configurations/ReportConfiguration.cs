using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reports;

namespace ProjectOffice.Data.Configurations;

/// <summary>
/// Monitoring reports: one row per project, period and revision; what people typed and the decision history as jsonb
/// beside it (read and written whole with the report), the accepted document as a frozen jsonb snapshot.
/// </summary>
internal sealed class ProjectReportConfiguration : IEntityTypeConfiguration<ProjectReport>
{
    public void Configure(EntityTypeBuilder<ProjectReport> builder)
    {
        builder.Property(r => r.Period).HasMaxLength(7).IsRequired();
        builder.Property(r => r.Content).HasJsonConversion().IsRequired();
        builder.Property(r => r.History).HasJsonConversion().IsRequired();
        builder.Property(r => r.SubmittedByUserId).HasMaxLength(450);
        builder.Property(r => r.SubmittedByName).HasMaxLength(300);
        builder.Property(r => r.AgreedByUserId).HasMaxLength(450);
        builder.Property(r => r.AgreedByName).HasMaxLength(300);
        builder.Property(r => r.AcceptedByUserId).HasMaxLength(450);
        builder.Property(r => r.AcceptedByName).HasMaxLength(300);
        builder.Property(r => r.Snapshot).HasColumnType("jsonb");
        // xmin: every save of the report (and every decision) changes it, so a stale page changes nothing.
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ProjectId, r.Period, r.Revision }).IsUnique();
        // The summary and the portfolio read every project's report of one period.
        builder.HasIndex(r => new { r.Period, r.ProjectId });
    }
}
