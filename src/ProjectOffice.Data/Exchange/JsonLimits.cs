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

    public static IEnumerable<ImportProblem> Check(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var problem in element.EnumerateObject().SelectMany(p => Check(p.Value, $"{path}.{p.Name}")))
                {
                    yield return problem;
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
            case JsonValueKind.String when element.GetString()!.Length > MaxText:
                yield return new ImportProblem(path, $"Текст длиннее {MaxText} символов.");
                break;
            default:
                break;
        }
    }
}
