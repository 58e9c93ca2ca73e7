using System.Globalization;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Approval;

/// <summary>
/// Says which of a passport's blocks of one kind is which once the passport has been approved in the portal. A paper
/// passport often has two «УТВЕРЖДАЮ» (seed 000: the department's above the title, the organisation's after the
/// leader's signature); an approval fills one of them (<see cref="SignatureFill.Block"/>) with today's date, and the
/// other keeps the paper's date, years older. Without a note a reader cannot tell the current signature from the old one,
/// so each block gets one line under its date: the filled block names the version, the others say they come from the
/// paper. Nothing is added while the passport was never approved in the portal, or when the blocks carry the same date.
/// </summary>
public static class SignatureNote
{
    /// <param name="blocks">All of the project's blocks (any form); only the passport's are considered.</param>
    /// <param name="approvedVersion">The approved version the print carries; null when there is none.</param>
    public static string? For(FormSignature block, IReadOnlyCollection<FormSignature> blocks, int? approvedVersion)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(blocks);
        if (approvedVersion is not { } version || block.Form != FormKind.Passport || block.Kind == SignatureKind.LeaderSignature)
        {
            return null;
        }

        var filled = SignatureFill.Block(blocks, block.Kind);
        var sameKind = blocks.Where(s => s.Form == FormKind.Passport && s.Kind == block.Kind).ToList();
        if (filled is null || sameKind.Count < 2 || sameKind.All(s => s.Date == filled.Date))
        {
            return null;
        }

        if (ReferenceEquals(block, filled))
        {
            var decided = block.Kind == SignatureKind.Approved ? "утверждена" : "согласована";
            return string.Create(CultureInfo.InvariantCulture, $"(версия {version}, {decided} в портале)");
        }

        return block.Date == filled.Date ? null : PaperNote;
    }

    public const string PaperNote = "(по бумажному экземпляру)";
}
