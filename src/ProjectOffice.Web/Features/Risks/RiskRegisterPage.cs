using ProjectOffice.Forms.Risks;

namespace ProjectOffice.Web.Features.Risks;

/// <summary>The register page: the register's read model (the same the print renders) and what the reader may do.</summary>
public sealed class RiskRegisterPage
{
    public required RiskRegisterData Data { get; init; }
    public required bool CanEdit { get; init; }

    /// <summary>The register is empty and item 22 lists risks: «Создать реестр из паспорта» shows.</summary>
    public required int PassportLines { get; init; }
    public string? Message { get; init; }

    public bool CanCreateFromPassport => CanEdit && Data.Risks.Count == 0 && PassportLines > 0;
}
