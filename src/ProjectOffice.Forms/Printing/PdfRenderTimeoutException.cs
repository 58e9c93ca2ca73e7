namespace ProjectOffice.Forms.Printing;

/// <summary>A PDF was not ready within <see cref="PrintingOptions.RenderTimeout"/> (Chromium busy or hung).</summary>
public sealed class PdfRenderTimeoutException : Exception
{
    public PdfRenderTimeoutException()
    {
    }

    public PdfRenderTimeoutException(string message) : base(message)
    {
    }

    public PdfRenderTimeoutException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
