using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProjectOffice.Domain.Journal;

namespace ProjectOffice.Data.Configurations;

internal sealed class JournalConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("Journal");
        builder.Property(j => j.UserId).HasMaxLength(450);
        builder.Property(j => j.UserName).HasMaxLength(300).IsRequired();
        builder.Property(j => j.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(j => j.EntityId).HasMaxLength(100);
        builder.Property(j => j.Field).HasMaxLength(200);
        // Projects are never deleted from the portal; the key only keeps journal rows pointing at real projects.
        builder.HasOne(j => j.Project).WithMany().HasForeignKey(j => j.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(j => new { j.ProjectId, j.At });
    }
}
