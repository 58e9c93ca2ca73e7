namespace ProjectOffice.Forms.Rendering;

/// <summary>Links of the on-screen print preview; a form rendered for PDF has none.</summary>
public sealed record PrintPreview(string PdfUrl, string XlsxUrl, string ProjectUrl);
