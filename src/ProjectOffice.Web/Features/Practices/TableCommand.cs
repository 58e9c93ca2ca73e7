using System.Globalization;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>The button an editable table was posted with: «add», «save», «remove:3», «up:3», «down:3» (and column commands).</summary>
public sealed record TableCommand(string Verb, int Index)
{
    public static TableCommand Parse(string? command)
    {
        var parts = (command ?? "save").Split(':', 2);
        var index = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
        return new TableCommand(parts[0], index);
    }

    public bool IsSave => Verb == "save";

    /// <summary>Applies add/remove/up/down to the rows; false when the command is not one of them or points nowhere.</summary>
    public bool ApplyTo<T>(List<T> rows, Func<T> newRow)
    {
        switch (Verb)
        {
            case "add":
                rows.Add(newRow());
                return true;
            case "remove" when Index >= 0 && Index < rows.Count:
                rows.RemoveAt(Index);
                return true;
            case "up" when Index > 0 && Index < rows.Count:
                (rows[Index - 1], rows[Index]) = (rows[Index], rows[Index - 1]);
                return true;
            case "down" when Index >= 0 && Index < rows.Count - 1:
                (rows[Index + 1], rows[Index]) = (rows[Index], rows[Index + 1]);
                return true;
            default:
                return false;
        }
    }
}
