namespace ProjectOffice.Domain.Plans;

/// <summary>
/// One executor as the printed plan names it (<see cref="Printed"/>: «Фамилия Имя Отчество, должность» or an
/// organisation's text) and what it stands for: a person with the position printed there, or an organisation named
/// as text (with the known organisation, when there is one). NameText is the person's name as printed there when it
/// differs from the reference list («Бадудина Т.А.»).
/// </summary>
public sealed record ResponsibleEntry(
    string Printed, int? PersonId = null, string? PositionText = null, string? Text = null, int? OrganisationId = null, string? NameText = null);
