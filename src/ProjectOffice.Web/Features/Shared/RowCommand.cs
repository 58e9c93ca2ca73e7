using System.Globalization;

namespace ProjectOffice.Web.Features.Layout;

/// <summary>
/// The buttons of an editable table (<c>name="command"</c>): «save», «add», «remove:3», «up:3», «down:3». A page with
/// several tables names the table: «add:executors», «remove:executors:3»; a table inside a group gives the group's
/// index first: «add:rows:1», «up:rows:1:2» (row 2 of group 1). Anything but save only re-renders the form.
/// </summary>
public sealed class RowCommand
{
    public const string Save = "save";

    private RowCommand(string verb, string? table, IReadOnlyList<int> indexes)
    {
        Verb = verb;
        Table = table;
        Indexes = indexes;
    }

    public string Verb { get; }
    public string? Table { get; }
    public IReadOnlyList<int> Indexes { get; }
    public bool IsSave => Verb == Save;

    /// <summary>No value (Enter pressed in a field of an old browser) means save.</summary>
    public static RowCommand Parse(string? value)
    {
        var parts = (value ?? "").Split(':', StringSplitOptions.TrimEntries);
        var verb = parts[0].Length == 0 ? Save : parts[0].ToLowerInvariant();
        string? table = null;
        var indexes = new List<int>();
        foreach (var part in parts.Skip(1))
        {
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                indexes.Add(index);
            }
            else
            {
                table = part;
            }
        }

        return new RowCommand(verb, table, indexes);
    }

    public bool Targets(string table) => string.Equals(Table, table, StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds, removes or moves a row (the last index names it); false when the command is none of those or out of range.</summary>
    public bool ApplyTo<T>(List<T> rows) where T : new()
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (Verb == "add")
        {
            rows.Add(new T());
            return true;
        }

        if (Indexes.Count == 0 || Indexes[^1] < 0 || Indexes[^1] >= rows.Count)
        {
            return false;
        }

        var index = Indexes[^1];
        switch (Verb)
        {
            case "remove":
                rows.RemoveAt(index);
                return true;
            case "up" when index > 0:
                (rows[index - 1], rows[index]) = (rows[index], rows[index - 1]);
                return true;
            case "down" when index < rows.Count - 1:
                (rows[index + 1], rows[index]) = (rows[index], rows[index + 1]);
                return true;
            default:
                return false;
        }
    }
}
