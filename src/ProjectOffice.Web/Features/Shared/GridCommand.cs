using System.Globalization;

namespace ProjectOffice.Web.Features.Layout;

/// <summary>
/// The button that submitted an editable table: «save», or a row change that only re-renders the form — «add», «remove:3»,
/// «up:3», «down:3» for the table's own rows, and «add-result:0», «remove-result:0:2» … for rows nested in row 0.
/// </summary>
public sealed class GridCommand
{
    private GridCommand(string verb, string target, IReadOnlyList<int> indices)
    {
        Verb = verb;
        Target = target;
        Indices = indices;
    }

    /// <summary>add, remove, up, down, save or refresh.</summary>
    public string Verb { get; }

    /// <summary>Empty for the table's own rows, else the nested table («result», «line», «actual»).</summary>
    public string Target { get; }

    public IReadOnlyList<int> Indices { get; }

    public bool IsSave => Verb == "save";

    public static GridCommand Parse(string? command)
    {
        if (string.IsNullOrWhiteSpace(command))
        {
            return new GridCommand("save", "", []);
        }

        var parts = command.Split(':');
        var verbAndTarget = parts[0].Split('-', 2);
        var indices = new List<int>();
        foreach (var part in parts.Skip(1))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return new GridCommand("refresh", "", []);
            }

            indices.Add(index);
        }

        return new GridCommand(verbAndTarget[0], verbAndTarget.Length > 1 ? verbAndTarget[1] : "", indices);
    }

    /// <summary>The row of the outer table that holds the nested rows this command changes (the first index).</summary>
    public T? Parent<T>(IReadOnlyList<T> rows) where T : class =>
        Indices.Count > 0 && Indices[0] >= 0 && Indices[0] < rows.Count ? rows[Indices[0]] : null;

    /// <summary>Adds, removes or moves a row of <paramref name="rows"/>; the row index is the last index of the command.</summary>
    public void ApplyTo<T>(List<T> rows, Func<T> create)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(create);
        if (Verb == "add")
        {
            rows.Add(create());
            return;
        }

        if (Indices.Count == 0 || Indices[^1] < 0 || Indices[^1] >= rows.Count)
        {
            return;
        }

        var index = Indices[^1];
        switch (Verb)
        {
            case "remove":
                rows.RemoveAt(index);
                break;
            case "up" when index > 0:
                (rows[index - 1], rows[index]) = (rows[index], rows[index - 1]);
                break;
            case "down" when index < rows.Count - 1:
                (rows[index + 1], rows[index]) = (rows[index], rows[index + 1]);
                break;
        }
    }
}
