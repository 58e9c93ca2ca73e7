namespace ProjectOffice.Web.Features.Projects;

/// <summary>A printed form of the project as the forms page lists it: its title and where its preview, PDF and XLSX are.</summary>
public sealed record PrintedFormLink(string Name, string Title, string Note, int ProjectId)
{
    public string PreviewUrl => $"/projects/{ProjectId}/forms/{Name}";
    public string PdfUrl => PreviewUrl + ".pdf";
    public string XlsxUrl => PreviewUrl + ".xlsx";
}
