using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using ProjectOffice.Data;

namespace ProjectOffice.Web.Infrastructure.PageCache;

/// <summary>
/// The rendered bodies of the heavy project pages (card, plan, Gantt, control events), kept in this instance's memory
/// under a key that changes whenever what they show may change: the project's stamp and the shared-data stamp
/// (bumped by database triggers in the writing transaction, so a second instance sees a save at once), the user and
/// their claims, the day (overdue states), the build and the URL. See docs/page-cache.md.
/// </summary>
public sealed class ProjectPageCache : IDisposable
{
    private const string TokenPlaceholder = "\u0001antiforgery\u0001";
    private static readonly string Build = Assembly.GetExecutingAssembly().ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture);
    private readonly MemoryCache? cache;
    private readonly Regex tokenInput;

    public ProjectPageCache(IOptions<ProjectPageCacheOptions> options, IOptions<AntiforgeryOptions> antiforgery)
    {
        var megabytes = options.Value.SizeMegabytes;
        cache = megabytes > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = megabytes * 1024L * 1024L }) : null;
        // The form token is bound to the browser's antiforgery cookie: it is cut out before storing and the current
        // request's own token put in on the way out.
        tokenInput = new Regex($"""(name="{Regex.Escape(antiforgery.Value.FormFieldName)}" type="hidden" value=")[^"]*""", RegexOptions.CultureInvariant);
    }

    public bool Enabled => cache is not null;

    /// <summary>The stamps of the project and of the shared data, as one string ("0:17,42:95"); empty before any write.</summary>
    public static async Task<string> StampsAsync(AppDbContext db, int projectId, CancellationToken ct) =>
        await db.Database.SqlQuery<string>($"""
            SELECT COALESCE(string_agg("ProjectId" || ':' || "Stamp", ',' ORDER BY "ProjectId"), '') AS "Value"
            FROM "ProjectStamps" WHERE "ProjectId" IN (0, {projectId})
            """).SingleAsync(ct);

    /// <summary>
    /// A value that changes with every committed write to any project or the shared data: the count and the sum of
    /// all stamps. Stamps only grow, so a commit always raises the sum, also one whose stamp was drawn before a stamp
    /// committed earlier (the largest stamp alone would miss that write). One scan of a row per project.
    /// </summary>
    public static async Task<string> RegionStampAsync(AppDbContext db, CancellationToken ct) =>
        await db.Database.SqlQuery<string>($"""
            SELECT 'all:' || count(*) || ':' || COALESCE(sum("Stamp"), 0) AS "Value" FROM "ProjectStamps"
            """).SingleAsync(ct);

    public static string Key(string user, string today, string pathAndQuery, string stamps) =>
        string.Join('\u001f', Build, user, today, pathAndQuery, stamps);

    /// <summary>A weak validator of the whole response: the body's key plus what the menu shows that is not in it.</summary>
    public static string ETag(string key, int? inboxCount) =>
        "W/\"" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{key}\u001f{inboxCount}")), 0, 16) + "\"";

    public CachedPage? Find(string key, HttpContext context, IAntiforgery antiforgery)
    {
        if (cache?.Get<CachedPage>(key) is not { } page)
        {
            return null;
        }

        return page.Parts.Count > 1 ? page with { Token = antiforgery.GetAndStoreTokens(context).RequestToken } : page;
    }

    public void Store(string key, CachedPage page)
    {
        var parts = tokenInput.Replace(page.Html, "$1" + TokenPlaceholder).Split(TokenPlaceholder);
        var stored = new CachedPage(page.Title, "") { Parts = parts };
        cache?.Set(key, stored, new MemoryCacheEntryOptions
        {
            Size = parts.Sum(p => (long)p.Length) * sizeof(char),
            SlidingExpiration = TimeSpan.FromMinutes(10),
        });
    }

    /// <summary>
    /// Called by the layout with the page body: when the request is a cache miss of a cached page, the body is kept
    /// in the request's items for <see cref="ProjectPageCacheFilter"/> to store once the response is a 200.
    /// </summary>
    public static async Task<IHtmlContent> CaptureAsync(HttpContext context, IHtmlContent body, object? title)
    {
        if (context.Items[ProjectPageCacheFilter.KeyItem] is not string)
        {
            return body;
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        await HtmlWriting.WriteAsync(body, writer, context.RequestServices.GetRequiredService<HtmlEncoder>());
        var html = writer.ToString();
        context.Items[ProjectPageCacheFilter.PageItem] = new CachedPage(title?.ToString(), html);
        return new HtmlString(html);
    }

    public void Dispose()
    {
        cache?.Dispose();
        GC.SuppressFinalize(this);
    }
}
