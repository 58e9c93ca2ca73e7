namespace ProjectOffice.Forms.Layout;

/// <summary>The shared print stylesheet (print.css), inlined into every form: Chromium prints with no network.</summary>
internal static class PrintCss
{
    public static string Text { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(PrintCss).Assembly.GetManifestResourceStream("ProjectOffice.Forms.print.css")
            ?? throw new InvalidOperationException("print.css is not embedded in ProjectOffice.Forms.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
