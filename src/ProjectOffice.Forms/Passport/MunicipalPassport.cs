namespace ProjectOffice.Forms.Passport;

/// <summary>The municipal layout (seed 000): «I. Общая информация» items 1–13 and «II. Описание проекта» items 14–22.</summary>
public sealed record MunicipalPassport
{
    public required IReadOnlyList<PassportItem> General { get; init; }
    public required IReadOnlyList<PassportItem> Description { get; init; }
}
