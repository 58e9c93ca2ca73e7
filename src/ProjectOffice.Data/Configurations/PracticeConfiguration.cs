using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using ProjectOffice.Domain.Practices;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Data.Configurations;

/// <summary>The practice passport and its tables, deleted with the practice; the library searches it in Russian.</summary>
internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    /// <summary>The shadow tsvector column the library's full-text search reads (the domain knows nothing of PostgreSQL).</summary>
    public const string SearchVector = nameof(SearchVector);

    // Weighted so that ts_rank puts a match in the name first, then territory, then the description, then the rest.
    // Stored and generated: PostgreSQL keeps it current on every save, whoever writes the row.
    private const string SearchVectorSql =
        """
        setweight(to_tsvector('russian', coalesce("Name", '')), 'A') ||
        setweight(to_tsvector('russian', coalesce("Territory", '') || ' ' || coalesce("DonorPractice", '')), 'B') ||
        setweight(to_tsvector('russian', coalesce("GoalsAndTasks", '') || ' ' || coalesce("Description", '') || ' ' ||
            coalesce("DescriptionTableRows"::text, '') || ' ' || coalesce("DescriptionAfterTable", '') || ' ' || coalesce("BusinessModel", '')), 'C') ||
        setweight(to_tsvector('russian', coalesce("Prerequisites", '') || ' ' || coalesce("PeriodText", '') || ' ' ||
            coalesce("IndicatorsBefore", '') || ' ' || coalesce("IndicatorsAfter", '') || ' ' || coalesce("LeaderAndTeam", '')), 'D')
        """;

    public void Configure(EntityTypeBuilder<Practice> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(PracticeRules.NameLength).IsRequired();
        builder.Property(p => p.Territory).HasMaxLength(PracticeRules.NameLength).IsRequired();
        foreach (var text in new[]
                 {
                     nameof(Practice.DonorPractice), nameof(Practice.PeriodText), nameof(Practice.SignaturePosition),
                     nameof(Practice.SignatureOrganisation), nameof(Practice.SignatureName),
                 })
        {
            builder.Property(text).HasMaxLength(PracticeRules.ShortTextLength);
        }

        foreach (var text in new[]
                 {
                     nameof(Practice.Prerequisites), nameof(Practice.IndicatorsBefore), nameof(Practice.GoalsAndTasks),
                     nameof(Practice.BusinessModel), nameof(Practice.Description), nameof(Practice.DescriptionAfterTable),
                     nameof(Practice.IndicatorsAfter), nameof(Practice.LeaderAndTeam),
                 })
        {
            builder.Property(text).HasMaxLength(PracticeRules.LongTextLength);
        }

        builder.Property(p => p.AuthorUserId).HasMaxLength(450);
        builder.Property(p => p.DescriptionTableColumns);
        builder.Property(p => p.DescriptionTableRows).HasJsonConversion();

        // PostgreSQL's xmin changes with every update of the row; each section save touches the row.
        builder.Property(p => p.Version).IsRowVersion();

        builder.Property<NpgsqlTsVector>(SearchVector).HasComputedColumnSql(SearchVectorSql, stored: true);
        builder.HasIndex(SearchVector).HasMethod("gin");
        builder.HasIndex(p => new { p.Status, p.StartYear });
        builder.HasIndex(p => p.Territory);

        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.AuthorUserId).OnDelete(DeleteBehavior.SetNull);

        builder.HasMany(p => p.ListItems).WithOne().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Results).WithOne().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Participants).WithOne().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Stakeholders).WithOne().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Actions).WithOne().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.NormativeActs).WithOne().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Resources).WithOne().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Beneficiaries).WithOne().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Costs).WithOne().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Links).WithOne().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Contacts).WithOne().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PracticeListItemConfiguration : IEntityTypeConfiguration<PracticeListItem>
{
    public void Configure(EntityTypeBuilder<PracticeListItem> builder)
    {
        builder.ToTable("PracticeListItems");
        builder.Property(r => r.Text).HasMaxLength(PracticeRules.CellLength).IsRequired();
        builder.HasIndex(r => new { r.PracticeId, r.Kind, r.SortOrder });
    }
}

internal sealed class PracticeResultConfiguration : IEntityTypeConfiguration<PracticeResult>
{
    public void Configure(EntityTypeBuilder<PracticeResult> builder)
    {
        builder.ToTable("PracticeResults");
        builder.Property(r => r.Indicator).HasMaxLength(PracticeRules.CellLength).IsRequired();
        builder.Property(r => r.Unit).HasMaxLength(100);
        builder.Property(r => r.LastYearText).HasMaxLength(200);
        builder.Property(r => r.WholePeriodText).HasMaxLength(200);
        builder.Property(r => r.LastYear).HasPrecision(18, 4);
        builder.Property(r => r.WholePeriod).HasPrecision(18, 4);
        builder.Property(r => r.Comment).HasMaxLength(PracticeRules.LongTextLength);
        builder.HasIndex(r => new { r.PracticeId, r.SortOrder });
        builder.Ignore(r => r.IndicatorWithUnit);
    }
}

internal sealed class PracticeParticipantConfiguration : IEntityTypeConfiguration<PracticeParticipant>
{
    public void Configure(EntityTypeBuilder<PracticeParticipant> builder)
    {
        builder.ToTable("PracticeParticipants");
        builder.Property(r => r.Name).HasMaxLength(PracticeRules.ShortTextLength).IsRequired();
        builder.Property(r => r.Role).HasMaxLength(PracticeRules.CellLength);
        builder.HasIndex(r => new { r.PracticeId, r.SortOrder });
    }
}

internal sealed class PracticeStakeholderConfiguration : IEntityTypeConfiguration<PracticeStakeholder>
{
    public void Configure(EntityTypeBuilder<PracticeStakeholder> builder)
    {
        builder.ToTable("PracticeStakeholders");
        builder.Property(r => r.Group).HasMaxLength(PracticeRules.ShortTextLength).IsRequired();
        builder.Property(r => r.CountText).HasMaxLength(200);
        builder.Property(r => r.Count).HasPrecision(18, 3);
        builder.HasIndex(r => new { r.PracticeId, r.Kind, r.SortOrder });
        builder.Ignore(r => r.Printed);
    }
}

internal sealed class PracticeActionConfiguration : IEntityTypeConfiguration<PracticeAction>
{
    public void Configure(EntityTypeBuilder<PracticeAction> builder)
    {
        builder.ToTable("PracticeActions");
        builder.Property(r => r.Description).HasMaxLength(PracticeRules.CellLength).IsRequired();
        builder.Property(r => r.Executor).HasMaxLength(PracticeRules.ShortTextLength);
        builder.HasIndex(r => new { r.PracticeId, r.SortOrder });
    }
}

internal sealed class PracticeNormativeActConfiguration : IEntityTypeConfiguration<PracticeNormativeAct>
{
    public void Configure(EntityTypeBuilder<PracticeNormativeAct> builder)
    {
        builder.ToTable("PracticeNormativeActs");
        builder.Property(r => r.Name).HasMaxLength(PracticeRules.CellLength).IsRequired();
        builder.Property(r => r.Changes).HasMaxLength(PracticeRules.CellLength);
        builder.Property(r => r.Result).HasMaxLength(PracticeRules.CellLength);
        builder.HasIndex(r => new { r.PracticeId, r.Kind, r.SortOrder });
    }
}

internal sealed class PracticeResourceConfiguration : IEntityTypeConfiguration<PracticeResource>
{
    public void Configure(EntityTypeBuilder<PracticeResource> builder)
    {
        builder.ToTable("PracticeResources");
        builder.Property(r => r.Description).HasMaxLength(PracticeRules.ShortTextLength).IsRequired();
        builder.Property(r => r.Purposes).HasMaxLength(PracticeRules.CellLength);
        builder.HasIndex(r => new { r.PracticeId, r.SortOrder });
    }
}

internal sealed class PracticeBeneficiaryConfiguration : IEntityTypeConfiguration<PracticeBeneficiary>
{
    public void Configure(EntityTypeBuilder<PracticeBeneficiary> builder)
    {
        builder.ToTable("PracticeBeneficiaries");
        builder.Property(r => r.Name).HasMaxLength(PracticeRules.ShortTextLength).IsRequired();
        builder.Property(r => r.Benefits).HasMaxLength(PracticeRules.CellLength);
        builder.HasIndex(r => new { r.PracticeId, r.SortOrder });
    }
}

internal sealed class PracticeCostConfiguration : IEntityTypeConfiguration<PracticeCost>
{
    public void Configure(EntityTypeBuilder<PracticeCost> builder)
    {
        builder.ToTable("PracticeCosts");
        builder.Property(r => r.Item).HasMaxLength(PracticeRules.ShortTextLength).IsRequired();
        builder.Property(r => r.AmountText).HasMaxLength(50).IsRequired();
        builder.Property(r => r.Amount).HasPrecision(15, 3);
        builder.Property(r => r.Source).HasMaxLength(PracticeRules.ShortTextLength);
        builder.HasIndex(r => new { r.PracticeId, r.SortOrder });
    }
}

internal sealed class PracticeLinkConfiguration : IEntityTypeConfiguration<PracticeLink>
{
    public void Configure(EntityTypeBuilder<PracticeLink> builder)
    {
        builder.ToTable("PracticeLinks");
        builder.Property(r => r.Name).HasMaxLength(PracticeRules.ShortTextLength).IsRequired();
        builder.Property(r => r.Url).HasMaxLength(PracticeRules.ShortTextLength).IsRequired();
        builder.HasIndex(r => new { r.PracticeId, r.SortOrder });
    }
}

internal sealed class PracticeContactConfiguration : IEntityTypeConfiguration<PracticeContact>
{
    public void Configure(EntityTypeBuilder<PracticeContact> builder)
    {
        builder.ToTable("PracticeContacts");
        builder.Property(r => r.Name).HasMaxLength(300).IsRequired();
        builder.Property(r => r.Position).HasMaxLength(PracticeRules.ShortTextLength);
        builder.Property(r => r.Phone).HasMaxLength(200);
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.HasIndex(r => new { r.PracticeId, r.SortOrder });
        builder.Ignore(r => r.NameWithPosition);
    }
}
