namespace ProjectOffice.Web.Infrastructure.PageCache;

/// <summary>The body of a page as the layout received it (the layout itself is rendered afresh each time), and its title.</summary>
public sealed record CachedPage(string? Title, string Html)
{
    /// <summary>
    /// As kept in the cache: the body cut where the antiforgery tokens of its forms stood. The view writes the parts
    /// with the current browser's <see cref="Token"/> between them: putting the token back by a replace copied the
    /// whole body (1.8 MB of characters for a 1,000-item plan) on every hit.
    /// </summary>
    public IReadOnlyList<string> Parts { get; init; } = [Html];

    /// <summary>The current request's antiforgery token, written between the <see cref="Parts"/>.</summary>
    public string? Token { get; init; }
}
