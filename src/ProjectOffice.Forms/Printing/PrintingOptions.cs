namespace ProjectOffice.Forms.Printing;

/// <summary>The «Forms» settings section: where Chromium is and how much printing the portal does at once.</summary>
public sealed class PrintingOptions
{
    public const string Section = "Forms";

    /// <summary>Debian's chromium; the Docker image and ./run.sh install it there.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Renders that run at once; more wait for a free slot. Each render holds one Chromium tab.</summary>
    public int MaxConcurrentRenders { get; set; } = 2;

    /// <summary>
    /// PDF requests that may wait for a render slot; one more is refused at once with 503 and Retry-After
    /// (the portal's rate limiter) rather than queued behind minutes of printing.
    /// </summary>
    public int RenderQueueLimit { get; set; } = 16;

    /// <summary>
    /// Memory for the PDF and XLSX files already made, MB per instance (the portal's PrintedFileCache): a file asked
    /// for again while its project is unchanged is not rendered again. 0 turns it off.
    /// </summary>
    public int FileCacheMegabytes { get; set; } = 32;

    /// <summary>How long one PDF may take, waiting for a free slot included («00:00:30»).</summary>
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
