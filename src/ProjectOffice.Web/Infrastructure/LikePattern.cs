namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// A typed search as a PostgreSQL LIKE pattern: «%», «_» and «\» the user types are meant literally. Always pass
/// <see cref="Escape"/> to ILike: Npgsql writes ESCAPE '' when none is given, so the backslashes would match themselves.
/// </summary>
public static class LikePattern
{
    public const string Escape = @"\";

    public static string Contains(string text) => "%" + Exactly(text) + "%";

    /// <summary>The text itself, matched case-insensitively by ILIKE.</summary>
    public static string Exactly(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
