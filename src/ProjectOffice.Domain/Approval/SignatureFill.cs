using System.Globalization;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Approval;

/// <summary>
/// What an approval writes into a passport's signature blocks (docs/approval.md, «What an approval does»). Which block:
/// of the passport's blocks of the kind, the first one after the leader's signature, else the first one above the
/// title, else a new one above the title. What: who and when. A block that already names the signer keeps its printed
/// wording (position as the form words it, organisation once, the name in the form's style) and gets the date; a block
/// naming someone else gets the signer in the block's style: the name written as the block wrote its name, the
/// position without the organisation when the organisation has a line of its own.
/// </summary>
public static class SignatureFill
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>The passport's block an approval of this kind fills, or null when the passport has none.</summary>
    public static FormSignature? Block(IEnumerable<FormSignature> signatures, SignatureKind kind)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        return signatures.Where(s => s.Form == FormKind.Passport && s.Kind == kind)
            .OrderBy(s => s.AtTop).ThenBy(s => s.SortOrder).ThenBy(s => s.Id)
            .FirstOrDefault();
    }

    /// <param name="position">The signer's own position (from the reference list: often long, with the organisation).</param>
    public static void Fill(FormSignature block, int? personId, string fullName, string position, string? organisation, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(fullName);
        ArgumentNullException.ThrowIfNull(position);
        var samePerson = personId is not null && block.PersonId == personId && !string.IsNullOrWhiteSpace(block.NameText);
        if (!samePerson)
        {
            var organisationLine = string.IsNullOrWhiteSpace(block.OrganisationText) ? organisation : block.OrganisationText;
            block.PositionText = WithoutOrganisation(position, organisationLine);
            block.OrganisationText = organisationLine;
            block.NameText = NameInStyle(fullName, block.NameText);
        }

        block.PersonId = personId;
        block.Date = date;
        block.DateText = DateInStyle(date, block.DateText);
    }

    /// <summary>«Директор БОУ ДО г. Омска «ЦТРИГО «Перспектива»» under the organisation's own line → «Директор».</summary>
    public static string WithoutOrganisation(string position, string? organisation)
    {
        ArgumentNullException.ThrowIfNull(position);
        if (string.IsNullOrWhiteSpace(organisation))
        {
            return position.Trim();
        }

        var at = position.IndexOf(organisation.Trim(), StringComparison.OrdinalIgnoreCase);
        var shorter = at > 0 ? position[..at].TrimEnd(' ', ',') : position.Trim();
        return shorter.Length == 0 ? position.Trim() : shorter;
    }

    /// <summary>
    /// The signer's name as the block wrote its name: a full name («Романькова Наталья Владимировна») stays full,
    /// «Шестаков В.В.» gives surname then initials, anything else initials then surname («В.В. Шестаков»).
    /// </summary>
    public static string NameInStyle(string fullName, string? printed)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var words = (printed ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initialsFirst = SignatureText.Name(fullName);
        if (words.Length == 3 && words.All(w => !w.Contains('.', StringComparison.Ordinal)) && !fullName.Contains('.', StringComparison.Ordinal))
        {
            return fullName.Trim();
        }

        if (words.Length == 2 && words[1].Contains('.', StringComparison.Ordinal) && !words[0].Contains('.', StringComparison.Ordinal)
            && initialsFirst.Split(' ') is [var initials, var surname])
        {
            return surname + " " + initials;
        }

        return initialsFirst;
    }

    /// <summary>««30» января 2020 года», or «… 2020 г.» when the block printed its year with «г.».</summary>
    public static string DateInStyle(DateOnly date, string? printed)
    {
        var full = SignatureText.Date(date);
        return printed is not null && printed.TrimEnd().EndsWith("г.", StringComparison.Ordinal)
            ? string.Create(Russian, $"«{date.Day:00}» {Russian.DateTimeFormat.MonthGenitiveNames[date.Month - 1]} {date.Year} г.")
            : full;
    }
}
