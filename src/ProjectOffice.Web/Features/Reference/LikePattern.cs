namespace ProjectOffice.Web.Features.Reference;

/// <summary>A typed search as a PostgreSQL LIKE pattern: «%» and «_» the user types are meant literally.</summary>
public static class LikePattern
{
    public static string Contains(string text) => "%" + Exactly(text) + "%";

    /// <summary>The text itself, matched case-insensitively by ILIKE.</summary>
    public static string Exactly(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
