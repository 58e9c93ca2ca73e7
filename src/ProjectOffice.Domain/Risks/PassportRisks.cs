using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Risks;

/// <summary>
/// Item 22 of the passport as the first lines of the register: one risk per listed line, its kind kept, the line
/// copied (the passport's own rows are not touched, so the printed passport stays as approved).
/// </summary>
public static class PassportRisks
{
    /// <summary>The risks to add for <paramref name="items"/> (the project's list items; other lists are skipped).</summary>
    /// <param name="ownerPersonId">Who owns them until the leader says otherwise: the project leader.</param>
    public static IReadOnlyList<Risk> InitialRegister(IEnumerable<ProjectListItem> items, int? ownerPersonId)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items
            .Where(i => i.Kind is ListItemKind.ExternalRisk or ListItemKind.InternalRisk && !string.IsNullOrWhiteSpace(i.Text))
            .OrderBy(i => i.Kind == ListItemKind.ExternalRisk ? 0 : 1).ThenBy(i => i.SortOrder).ThenBy(i => i.Id)
            .Select((i, n) => new Risk
            {
                Kind = i.Kind == ListItemKind.ExternalRisk ? RiskKind.External : RiskKind.Internal,
                Title = Title(i.Text),
                PassportText = i.Text,
                OwnerPersonId = ownerPersonId,
                SortOrder = n,
                Status = RiskStatus.Open,
            })
            .ToList();
    }

    /// <summary>The line without a leading list dash and with a capital first letter, as a register title reads.</summary>
    public static string Title(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim().TrimStart('-', '–', '—', ' ').Trim();
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
