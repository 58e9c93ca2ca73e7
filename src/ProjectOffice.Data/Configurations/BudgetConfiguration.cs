using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Data.Configurations;

internal sealed class BudgetItemConfiguration : IEntityTypeConfiguration<BudgetItem>
{
    public void Configure(EntityTypeBuilder<BudgetItem> builder)
    {
        builder.Property(b => b.Title).HasMaxLength(5000);
        builder.Property(b => b.BudgetCode).HasMaxLength(100);
        builder.Property(b => b.DirectionNumber).HasMaxLength(20);
        builder.HasOne(b => b.Stage).WithMany().HasForeignKey(b => b.StageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProjectResult>().WithMany().HasForeignKey(b => b.ResultId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ProjectSection>().WithMany().HasForeignKey(b => b.SectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Amounts).WithOne().HasForeignKey(a => a.BudgetItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.ProjectId, b.SectionId, b.SortOrder });
    }
}

internal sealed class BudgetAmountConfiguration : IEntityTypeConfiguration<BudgetAmount>
{
    public void Configure(EntityTypeBuilder<BudgetAmount> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(100).IsRequired();
        // Million rubles with 3 decimals, as the forms print them.
        builder.Property(a => a.Value).HasPrecision(18, 3);
        builder.HasOne(a => a.FundingSource).WithMany().HasForeignKey(a => a.FundingSourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.BudgetItemId, a.FundingSourceId, a.Year, a.SortOrder });
    }
}

internal sealed class TypedBudgetTotalConfiguration : IEntityTypeConfiguration<TypedBudgetTotal>
{
    public void Configure(EntityTypeBuilder<TypedBudgetTotal> builder)
    {
        builder.Property(t => t.Text).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Value).HasPrecision(18, 3);
        builder.HasOne<Project>().WithMany(p => p.TypedBudgetTotals).HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.FundingSource).WithMany().HasForeignKey(t => t.FundingSourceId).OnDelete(DeleteBehavior.Restrict);
        // One typed total per cell: (all sources or one) × (all years or one).
        builder.HasIndex(t => new { t.ProjectId, t.FundingSourceId, t.Year }).IsUnique().AreNullsDistinct(false);
    }
}
