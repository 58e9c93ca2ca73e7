namespace ProjectOffice.Forms.Printing;

/// <summary>Chromium died (killed, out of memory) while printing; the next print starts a fresh one.</summary>
public sealed class ChromiumCrashedException : Exception
{
    public ChromiumCrashedException()
    {
    }

    public ChromiumCrashedException(string message) : base(message)
    {
    }

    public ChromiumCrashedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
