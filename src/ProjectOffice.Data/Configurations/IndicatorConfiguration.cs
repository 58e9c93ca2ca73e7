using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(2000).IsRequired();
        builder.Property(i => i.Unit).HasMaxLength(200);
        builder.Property(i => i.BaselineText).HasMaxLength(100);
        builder.Property(i => i.Baseline).HasPrecision(18, 4);
        builder.Property(i => i.MethodFormula).HasMaxLength(10000);
        builder.Property(i => i.MethodBaseIndicators).HasMaxLength(2000);
        builder.Property(i => i.DataSource).HasMaxLength(2000);
        builder.Property(i => i.Collector).HasMaxLength(2000);
        builder.Property(i => i.AggregationLevel).HasMaxLength(2000);
        builder.Property(i => i.Periodicity).HasMaxLength(2000);
        builder.Property(i => i.AdditionalInfo).HasMaxLength(5000);
        builder.HasMany(i => i.Values).WithOne().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Breakdown).WithOne().HasForeignKey(b => b.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Actuals).WithOne().HasForeignKey(a => a.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(i => i.PrintedNames, v => v.ToJson());
        builder.HasIndex(i => new { i.ProjectId, i.SortOrder });
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.Property(v => v.PlannedText).HasMaxLength(100);
        builder.Property(v => v.PeriodText).HasMaxLength(100);
        builder.Property(v => v.Planned).HasPrecision(18, 4);
        builder.HasIndex(v => new { v.IndicatorId, v.Year }).IsUnique();
    }
}

internal sealed class IndicatorBreakdownConfiguration : IEntityTypeConfiguration<IndicatorBreakdown>
{
    public void Configure(EntityTypeBuilder<IndicatorBreakdown> builder)
    {
        builder.Property(b => b.Organisation).HasMaxLength(1000).IsRequired();
        builder.Property(b => b.BaselineText).HasMaxLength(100);
        builder.Property(b => b.Baseline).HasPrecision(18, 4);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(b => b.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(b => b.Values).WithOne().HasForeignKey(v => v.BreakdownId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.IndicatorId, b.SortOrder });
    }
}

internal sealed class IndicatorActualConfiguration : IEntityTypeConfiguration<IndicatorActual>
{
    public void Configure(EntityTypeBuilder<IndicatorActual> builder)
    {
        builder.Property(a => a.ValueText).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Value).HasPrecision(18, 4);
        builder.Property(a => a.PeriodText).HasMaxLength(200);
        builder.Property(a => a.Comment).HasMaxLength(5000);
        builder.HasIndex(a => a.IndicatorId);
    }
}

internal sealed class IndicatorBreakdownValueConfiguration : IEntityTypeConfiguration<IndicatorBreakdownValue>
{
    public void Configure(EntityTypeBuilder<IndicatorBreakdownValue> builder)
    {
        builder.Property(v => v.Text).HasMaxLength(100);
        builder.Property(v => v.Value).HasPrecision(18, 4);
        builder.HasIndex(v => new { v.BreakdownId, v.Year }).IsUnique();
    }
}
