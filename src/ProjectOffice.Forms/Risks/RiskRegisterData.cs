using ProjectOffice.Domain.Risks;
using ProjectOffice.Forms.Layout;

namespace ProjectOffice.Forms.Risks;

/// <summary>
/// The risk and problem register of a project: the one read model of the document. The register page renders it with
/// edit links and badges, the preview and PDF render it as paper, the workbook writes it cell by cell.
/// </summary>
public sealed record RiskRegisterData
{
    public required int ProjectId { get; init; }
    public required string ProjectName { get; init; }

    /// <summary>«проекта» or «муниципального проекта», as the project's other forms print it.</summary>
    public required string ProjectCaption { get; init; }

    /// <summary>«по состоянию на 03.12.2026»: the register is a living document, printed as of a date.</summary>
    public required string AsOf { get; init; }

    /// <summary>The approved version printed; null for the register as it is now.</summary>
    public int? Version { get; init; }
    public DateOnly? ApprovedOn { get; init; }
    public required RiskMatrix Matrix { get; init; }
    public required IReadOnlyList<RiskRow> Risks { get; init; }
    public required IReadOnlyList<ProblemRow> Problems { get; init; }
    public required RiskHeatMap HeatMap { get; init; }

    /// <summary>Open risks per level, highest first, for the badges and the card.</summary>
    public IReadOnlyList<(RiskLevel Level, int Count)> OpenByLevel =>
        Risks.Where(r => r.IsOpen).GroupBy(r => r.Level).OrderByDescending(g => g.Key).Select(g => (g.Key, g.Count())).ToList();

    public required IReadOnlyList<SignatureData> Signatures { get; init; }

    /// <summary>«Реестр рисков проекта «Инженерный кластер»»: the title bar and the file name.</summary>
    public string Title => $"{RiskCaptions.FormTitle} {ProjectName}";
}
