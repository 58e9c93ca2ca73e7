namespace ProjectOffice.Domain.Risks;

/// <summary>
/// The office's scoring matrix: a risk's score is probability × impact on a 1..<see cref="Scale"/> scale, and its level
/// is the band the score falls in. The default is the common 5×5 matrix; the thresholds come from configuration.
/// </summary>
public sealed record RiskMatrix
{
    public const string Section = "RiskMatrix";

    /// <summary>The highest mark of probability and impact (the lowest is 1).</summary>
    public int Scale { get; init; } = 5;

    /// <summary>The lowest score that is «средний».</summary>
    public int MediumFrom { get; init; } = 5;

    /// <summary>The lowest score that is «высокий».</summary>
    public int HighFrom { get; init; } = 10;

    /// <summary>The lowest score that is «критический».</summary>
    public int CriticalFrom { get; init; } = 16;

    public static RiskMatrix Default { get; } = new();

    public static int Score(int probability, int impact) => probability * impact;

    public RiskLevel Level(int score) =>
        score >= CriticalFrom ? RiskLevel.Critical
        : score >= HighFrom ? RiskLevel.High
        : score >= MediumFrom ? RiskLevel.Medium
        : RiskLevel.Low;

    public RiskLevel Level(int probability, int impact) => Level(Score(probability, impact));

    public bool OnScale(int mark) => mark >= 1 && mark <= Scale;

    /// <summary>Thresholds that make no matrix (not increasing, beyond the largest score) are refused at start-up.</summary>
    public string? Problem() =>
        Scale is < 2 or > 10 ? "Шкала матрицы рисков — от 2 до 10 баллов."
        : !(1 < MediumFrom && MediumFrom < HighFrom && HighFrom < CriticalFrom && CriticalFrom <= Scale * Scale)
            ? "Пороги матрицы рисков должны возрастать: средний < высокий < критический ≤ наибольшей оценки."
            : null;
}
