using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Forms.Risks;

/// <summary>A cell of the heat map: its marks, how many open risks sit in it, its level and where it is drawn.</summary>
public sealed record RiskHeatCell(int Probability, int Impact, int Count, RiskLevel Level, int X, int Y);
