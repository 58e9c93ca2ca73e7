namespace ProjectOffice.Domain.Reference;

/// <summary>A person who appears in projects; one person plays many roles in many projects.</summary>
public sealed class Person
{
    public int Id { get; set; }

    /// <summary>«Чернецкая Людмила Геннадьевна», or as the paper gives it («Ермаков А.В.»).</summary>
    public string FullName { get; set; } = "";
    public string? Position { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>The portal account of this person, if they have one; decides their per-project rights.</summary>
    public string? UserId { get; set; }

    /// <summary>Short style of the forms: «Ермаков А.В.» from «Ермаков Александр Владимирович».</summary>
    public string ShortName => PersonNames.ToShortForm(FullName);
}
