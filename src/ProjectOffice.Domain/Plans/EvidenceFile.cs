namespace ProjectOffice.Domain.Plans;

/// <summary>A file that proves a control event done; stored in the database, served only as a download.</summary>
public sealed class EvidenceFile
{
    public int Id { get; set; }
    public int ControlEventId { get; set; }

    /// <summary>The name as uploaded, shown and used for the download.</summary>
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "application/octet-stream";
    public long Size { get; set; }
    public byte[] Content { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }
    public string? UploadedByUserId { get; set; }
}
