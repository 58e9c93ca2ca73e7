using System.Globalization;

namespace ProjectOffice.Web.Features.Plan;

/// <summary>
/// The buttons of forms that edit tables without JavaScript: «save», «add-responsible», «remove-responsible:3»,
/// «up-responsible:3» … Anything but save re-shows the form with the change applied and nothing saved.
/// </summary>
public sealed record RowCommand(string Verb, int Index)
{
    public static RowCommand Parse(string? command)
    {
        if (string.IsNullOrWhiteSpace(command))
        {
            return new RowCommand("save", -1);
        }

        var parts = command.Split(':', 2);
        return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? new RowCommand(parts[0], index)
            : new RowCommand(parts[0], -1);
    }

    public bool IsSave => Verb == "save";

    /// <summary>Applies add/remove/up/down of rows named <paramref name="table"/>; false when the command is about another table.</summary>
    public bool Apply<T>(string table, List<T> rows)
        where T : new()
    {
        if (Verb == "add-" + table)
        {
            rows.Add(new T());
        }
        else if (Verb == "remove-" + table && Index >= 0 && Index < rows.Count)
        {
            rows.RemoveAt(Index);
        }
        else if (Verb == "up-" + table && Index > 0 && Index < rows.Count)
        {
            (rows[Index - 1], rows[Index]) = (rows[Index], rows[Index - 1]);
        }
        else if (Verb == "down-" + table && Index >= 0 && Index < rows.Count - 1)
        {
            (rows[Index + 1], rows[Index]) = (rows[Index], rows[Index + 1]);
        }
        else
        {
            return false;
        }

        return true;
    }
}
