namespace ProjectOffice.Forms.Annexes;

/// <summary>An indicator of Annex 2: its «Показатель N …» heading and its rows by organisation.</summary>
public sealed record AnnexIndicator(string Heading, IReadOnlyList<AnnexBreakdownRow> Rows);
