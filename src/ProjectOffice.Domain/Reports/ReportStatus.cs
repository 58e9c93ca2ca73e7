namespace ProjectOffice.Domain.Reports;

/// <summary>Черновик → Представлен (leader) → Согласован (curator) → Принят (office). A return leads back to the draft.</summary>
public enum ReportStatus
{
    Draft = 1,
    Submitted = 2,
    Agreed = 3,
    Accepted = 4,
}
