namespace ProjectOffice.Web.Infrastructure.PageCache;

public sealed class ProjectPageCacheOptions
{
    public const string Section = "PageCache";

    /// <summary>Memory the cached page bodies may take, MB; 0 turns the cache and the ETags off.</summary>
    public int SizeMegabytes { get; set; } = 64;
}
