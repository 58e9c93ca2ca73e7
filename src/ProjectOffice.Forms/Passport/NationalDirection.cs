namespace ProjectOffice.Forms.Passport;

/// <summary>
/// A direction of section 4: «1.1. title» over a row per funding source and «Всего по данному направлению …».
/// Each row's cells are one per year, then «Всего (млн. рублей)».
/// </summary>
public sealed record NationalDirection(string Number, string Title, IReadOnlyList<PassportMoneyRow> Rows);
