using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProjectOffice.Domain.Notifications;

namespace ProjectOffice.Data.Configurations;

/// <summary>The outbox: bodies are unbounded text (a letter is never cut), the digest key is unique.</summary>
internal sealed class MailLetterConfiguration : IEntityTypeConfiguration<MailLetter>
{
    public void Configure(EntityTypeBuilder<MailLetter> builder)
    {
        builder.Property(m => m.Kind).HasMaxLength(50).IsRequired();
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.ToAddress).HasMaxLength(320).IsRequired();
        builder.Property(m => m.ToName).HasMaxLength(300).IsRequired();
        builder.Property(m => m.Subject).IsRequired();
        builder.Property(m => m.HtmlBody).IsRequired();
        builder.Property(m => m.TextBody).IsRequired();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.SetNull);
        // One digest of a kind per person per day, whatever the number of passes or portal instances.
        builder.HasIndex(m => new { m.UserId, m.DigestDate, m.Kind }).IsUnique().HasFilter("\"DigestDate\" IS NOT NULL");
        // The sender's claim reads only letters still on their way.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("\"Status\" IN (1, 2)");
        builder.HasIndex(m => new { m.Status, m.Id });
        builder.HasIndex(m => new { m.UserId, m.Status }).HasFilter("\"Status\" = 5");
    }
}

internal sealed class NotificationSettingConfiguration : IEntityTypeConfiguration<NotificationSetting>
{
    public void Configure(EntityTypeBuilder<NotificationSetting> builder)
    {
        builder.HasKey(s => new { s.UserId, s.Kind });
        builder.Property(s => s.Kind).HasMaxLength(50);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
