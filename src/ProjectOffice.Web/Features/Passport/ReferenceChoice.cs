using System.Globalization;
using System.Text.RegularExpressions;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// A person or an organisation chosen from a list the page holds once (a datalist) and typed back as text, instead of a
/// select of the whole reference list in every row. The label is the name, or «name (№ 12)» when the list has two
/// entries of that name, so that every label finds exactly one entry.
/// </summary>
public static partial class ReferenceChoice
{
    /// <summary>The label of every entry, namesakes numbered.</summary>
    public static Dictionary<int, string> Labels(IEnumerable<(int Id, string Name)> entries)
    {
        var list = entries.ToList();
        var namesakes = list.GroupBy(e => e.Name.ToUpperInvariant()).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return list.ToDictionary(
            e => e.Id,
            e => namesakes.Contains(e.Name.ToUpperInvariant()) ? string.Create(CultureInfo.InvariantCulture, $"{e.Name} (№ {e.Id})") : e.Name);
    }

    /// <summary>The name and, for a numbered label, the id the text names; null for empty text.</summary>
    public static (string Name, int? Id)? Parse(string? text)
    {
        if (FormText.Clean(text) is not { } typed)
        {
            return null;
        }

        var numbered = Numbered().Match(typed);
        return numbered.Success
            ? (numbered.Groups["name"].Value.Trim(), int.Parse(numbered.Groups["id"].Value, CultureInfo.InvariantCulture))
            : (typed, null);
    }

    /// <summary>The one entry a typed name means among <paramref name="candidates"/> (entries whose names match it), or why none.</summary>
    public static (int? Id, string? Error) Resolve((string Name, int? Id) typed, IEnumerable<(int Id, IEnumerable<string?> Names)> candidates, string what)
    {
        if (typed.Id is { } id)
        {
            return candidates.Any(c => c.Id == id) ? (id, null) : (null, $"{what} с номером {id} в справочнике нет: выберите из списка.");
        }

        var matches = candidates.Where(c => c.Names.Any(n => string.Equals(n?.Trim(), typed.Name, StringComparison.OrdinalIgnoreCase))).Select(c => c.Id).ToList();
        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, $"«{typed.Name}» нет в справочнике: выберите из списка."),
            _ => (null, $"В справочнике несколько записей «{typed.Name}»: выберите из списка вариант с номером."),
        };
    }

    [GeneratedRegex(@"^(?<name>.+?)\s*\(№\s*(?<id>\d{1,9})\)$")]
    private static partial Regex Numbered();
}
