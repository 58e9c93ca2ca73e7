using Microsoft.EntityFrameworkCore;

namespace ProjectOffice.Data.Exchange;

/// <summary>Texts longer than their column allows, among the rows about to be inserted, named by what and which field.</summary>
internal static class TextLengths
{
    public static IEnumerable<ImportProblem> Check(AppDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added))
        {
            foreach (var property in entry.Properties)
            {
                if (property.Metadata.GetMaxLength() is { } max && property.CurrentValue is string text && text.Length > max)
                {
                    yield return new ImportProblem(
                        $"{entry.Metadata.ClrType.Name}.{property.Metadata.Name}",
                        $"Текст длиннее {max} символов: «{text[..Math.Min(40, text.Length)]}…».");
                }
            }
        }
    }
}
