using System.Text.Json;

namespace ProjectOffice.Data.Exchange;

/// <summary>
/// The format's outer bounds (docs/project-format.schema.json): no list longer than 5 000 items and no text longer
/// than 20 000 characters. Checked on the parsed document before anything is mapped, so an oversized document
/// is refused with its paths rather than half-read.
/// </summary>
public static class JsonLimits
{
    public const int MaxItems = 5000;
    public const int MaxText = 20000;

    public const string BrokenText = "Текст содержит недопустимый символ (одиночный суррогат UTF-16): такой текст не хранится.";
    public const string NulText = "Текст содержит символ NUL (\\u0000): такой символ не хранится.";

    public static IEnumerable<ImportProblem> Check(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    // Property names are checked like values: a broken name must not fail the walk itself.
                    var name = Text(property, out var nameProblem);
                    if (nameProblem is not null)
                    {
                        yield return new ImportProblem(path, nameProblem);
                        continue;
                    }

                    foreach (var problem in Check(property.Value, $"{path}.{name}"))
                    {
                        yield return problem;
                    }
                }

                break;
            case JsonValueKind.Array:
                if (element.GetArrayLength() > MaxItems)
                {
                    yield return new ImportProblem(path, $"Список длиннее {MaxItems} элементов.");
                    yield break;
                }

                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var problem in Check(item, $"{path}[{index}]"))
                    {
                        yield return problem;
                    }

                    index++;
                }

                break;
            case JsonValueKind.String:
                var text = Text(element, out var textProblem);
                if (textProblem is not null)
                {
                    yield return new ImportProblem(path, textProblem);
                }
                else if (text.Length > MaxText)
                {
                    yield return new ImportProblem(path, $"Текст длиннее {MaxText} символов.");
                }

                break;
            default:
                break;
        }
    }

    // PostgreSQL text cannot hold NUL, and a lone surrogate cannot be encoded as UTF-8: both are refused at their path
    // here rather than failing the database write.
    private static string Text(JsonElement element, out string? problem) => Checked(() => element.GetString()!, out problem);

    private static string Text(JsonProperty property, out string? problem) => Checked(() => property.Name, out problem);

    private static string Checked(Func<string> read, out string? problem)
    {
        string text;
        try
        {
            text = read();
        }
        catch (InvalidOperationException)
        {
            problem = BrokenText;
            return "";
        }

        problem = text.Contains('\0', StringComparison.Ordinal) ? NulText : null;
        return text;
    }
}
