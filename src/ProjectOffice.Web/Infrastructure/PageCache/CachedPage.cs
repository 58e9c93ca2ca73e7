namespace ProjectOffice.Web.Infrastructure.PageCache;

/// <summary>The body of a page as the layout received it (the layout itself is rendered afresh each time), and its title.</summary>
public sealed record CachedPage(string? Title, string Html);
