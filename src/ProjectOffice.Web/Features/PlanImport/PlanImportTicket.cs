using System.Buffers.Text;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Web.Features.PlanImport;

/// <summary>
/// The parsed upload carried from the preview to «Применить» in a hidden field, so nothing is stored in between
/// (no schema change, no temporary files). It is compressed and protected with the portal's data-protection keys
/// (kept in the database, so any portal instance opens it): a forged or altered field, one made for another project
/// or one older than <see cref="Lifetime"/> is refused. It also carries the project's Version seen at preview time:
/// a plan changed in between is a conflict, and nothing is applied.
/// </summary>
public sealed record PlanImportTicket(int ProjectId, uint Version, string FileName, PlanSheet Sheet)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);
    private const string Purpose = "ProjectOffice.PlanImport.v1";

    public string Seal(IDataProtectionProvider protection)
    {
        ArgumentNullException.ThrowIfNull(protection);
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(zip, this);
        }

        return Base64Url.EncodeToString(Protector(protection).Protect(buffer.ToArray(), Lifetime));
    }

    /// <summary>The ticket, or null when the text is not one this portal sealed (forged, altered, expired).</summary>
    public static PlanImportTicket? Open(IDataProtectionProvider protection, string? sealedText)
    {
        ArgumentNullException.ThrowIfNull(protection);
        if (string.IsNullOrEmpty(sealedText))
        {
            return null;
        }

        try
        {
            var bytes = Protector(protection).Unprotect(Base64Url.DecodeFromChars(sealedText), out _);
            using var zip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<PlanImportTicket>(zip);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or JsonException or InvalidDataException)
        {
            return null;
        }
    }

    private static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();
}
