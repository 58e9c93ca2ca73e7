namespace ProjectOffice.Forms.Plan;

/// <summary>
/// A date cell as the form prints it: «01.02.2020», «31.06.2021», «01.01.2019 (далее ежегодно)», a deadline phrase or
/// report dates one per line. <see cref="Date"/> is set when the cell prints exactly that one date.
/// </summary>
public sealed record PrintedDate(string Text, DateOnly? Date);
