using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(1000).IsRequired();
        builder.Property(o => o.ShortName).HasMaxLength(300);
        builder.HasIndex(o => o.Name).IsUnique();
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.FullName).HasMaxLength(300).IsRequired();
        builder.Property(p => p.Position).HasMaxLength(2000);
        builder.Property(p => p.Email).HasMaxLength(256);
        builder.Property(p => p.Phone).HasMaxLength(100);
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<Person>(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => p.UserId).IsUnique();
        builder.HasIndex(p => p.FullName);
        builder.HasIndex(p => p.Email);
        builder.Ignore(p => p.ShortName);
    }
}

internal sealed class FundingSourceConfiguration : IEntityTypeConfiguration<FundingSource>
{
    public void Configure(EntityTypeBuilder<FundingSource> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(300).IsRequired();
        builder.Property(f => f.NameGenitive).HasMaxLength(300);
        builder.HasIndex(f => f.Name).IsUnique();
    }
}
