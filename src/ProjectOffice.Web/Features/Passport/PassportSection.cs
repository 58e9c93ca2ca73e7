namespace ProjectOffice.Web.Features.Passport;

/// <summary>A section of the passport editor: its address under /projects/{id}/edit/ and its tab title.</summary>
public sealed record PassportSection(string Slug, string Title);
