namespace ProjectOffice.Forms.Printing;

/// <summary>The configured Chromium executable is not there: PDF printing is impossible until an administrator installs it.</summary>
public sealed class ChromiumMissingException : Exception
{
    public ChromiumMissingException()
    {
    }

    public ChromiumMissingException(string message) : base(message)
    {
    }

    public ChromiumMissingException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
