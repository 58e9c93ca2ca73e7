using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using ProjectOffice.Data;
using ProjectOffice.Forms.Printing;
using ProjectOffice.Web.Infrastructure.PageCache;

namespace ProjectOffice.Web.Features.Forms;

/// <summary>
/// The PDF and XLSX files of the project forms, kept in this instance's memory under a key that changes whenever
/// what they print may change: the project's and the shared data's stamps (the page cache's, raised by triggers in
/// the writing transaction), the form, the version, the format, the day and the build. A Chromium render of a
/// 1,000-item plan costs about two seconds of both cores; the same file asked for again (the office and the leader
/// printing the plan for the same meeting, a retry) is then served from memory. A file does not depend on who asks
/// for it: access is decided by <c>[ProjectAccess]</c> before the action runs, hit or miss.
/// </summary>
public sealed class PrintedFileCache : IDisposable
{
    private static readonly string Build = Assembly.GetExecutingAssembly().ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture);
    private readonly MemoryCache? cache;

    public PrintedFileCache(IOptions<PrintingOptions> options)
    {
        var megabytes = options.Value.FileCacheMegabytes;
        cache = megabytes > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = megabytes * 1024L * 1024L }) : null;
    }

    /// <summary>The key of a form's file as the project is now; read before the form's data, so never older than it.</summary>
    public async Task<string?> KeyAsync(AppDbContext db, int projectId, string form, int? version, string format, DateOnly today, CancellationToken ct)
    {
        if (cache is null)
        {
            return null;
        }

        var stamps = await ProjectPageCache.StampsAsync(db, projectId, ct);
        return string.Join('\u001f', Build, projectId.ToString(CultureInfo.InvariantCulture), form,
            version?.ToString(CultureInfo.InvariantCulture) ?? "", format, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), stamps);
    }

    public PrintedFile? Find(string? key) => key is null ? null : cache?.Get<PrintedFile>(key);

    public void Store(string? key, PrintedFile file)
    {
        if (key is null)
        {
            return;
        }

        cache?.Set(key, file, new MemoryCacheEntryOptions
        {
            Size = file.Content.Length + file.FileName.Length * sizeof(char),
            SlidingExpiration = TimeSpan.FromMinutes(10),
        });
    }

    public void Dispose()
    {
        cache?.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A printed form's file as sent: its bytes, type and name.</summary>
public sealed record PrintedFile(byte[] Content, string ContentType, string FileName);
