namespace ProjectOffice.Web.Features.Versions;

/// <summary>A printed form a version links to: its name in the URL and what it is called.</summary>
public sealed record PrintedFormLink(string Name, string Caption);
