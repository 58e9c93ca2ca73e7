using System.Globalization;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Forms.Risks;

/// <summary>
/// The probability × impact matrix with the count of open risks in each cell, laid out for a server-side SVG
/// (probability up the side, impact along the bottom, cells coloured by the level their score falls in).
/// </summary>
public sealed record RiskHeatMap
{
    public const int Cell = 44;
    public const int Left = 64;
    public const int Top = 8;
    public const int Bottom = 48;

    public required int Scale { get; init; }
    public required IReadOnlyList<RiskHeatCell> Cells { get; init; }
    public int Width => Left + (Scale * Cell) + 8;
    public int Height => Top + (Scale * Cell) + Bottom;
    public int OpenRisks => Cells.Sum(c => c.Count);

    public static RiskHeatMap Build(IEnumerable<(int Probability, int Impact)> openRisks, RiskMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var counts = openRisks.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        var cells = new List<RiskHeatCell>(matrix.Scale * matrix.Scale);
        for (var p = matrix.Scale; p >= 1; p--)
        {
            for (var i = 1; i <= matrix.Scale; i++)
            {
                cells.Add(new RiskHeatCell(
                    p, i, counts.GetValueOrDefault((p, i)), matrix.Level(p, i),
                    Left + ((i - 1) * Cell), Top + ((matrix.Scale - p) * Cell)));
            }
        }

        return new RiskHeatMap { Scale = matrix.Scale, Cells = cells };
    }

    /// <summary>The fill of a level: green, yellow, orange, red, pale enough for a count printed on it.</summary>
    public static string Fill(RiskLevel level) => level switch
    {
        RiskLevel.Low => "#cfe8cf",
        RiskLevel.Medium => "#fff1b3",
        RiskLevel.High => "#ffc99a",
        _ => "#f4a3a3",
    };

    /// <summary>SVG coordinates: invariant digits whatever the culture.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
