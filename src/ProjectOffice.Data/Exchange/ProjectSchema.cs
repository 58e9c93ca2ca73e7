using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace ProjectOffice.Data.Exchange;

/// <summary>
/// Checks a document against docs/project-format.schema.json (embedded) before the importer's own rules, so every
/// shape, type, enum, bound and calendar-date error is reported at once with its JSON path and a Russian message.
/// JsonSchema.Net does the evaluation (draft 2020-12, format checking on); its keyword messages are given
/// Russian templates here, since the portal speaks Russian only.
/// </summary>
public static partial class ProjectSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Every schema problem of the document, in document order, one per place and keyword.</summary>
    public static IReadOnlyList<ImportProblem> Check(JsonElement document)
    {
        var results = Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true });
        var problems = new List<ImportProblem>();
        Collect(document, results, problems, []);
        return problems;
    }

    // Only failed nodes under failed parents count: the branches an anyOf did not take and an «if» that did not
    // hold fail without the document being wrong there.
    private static void Collect(JsonElement document, EvaluationResults node, List<ImportProblem> problems, HashSet<(string, string)> seen)
    {
        if (node.IsValid || node.EvaluationPath.ToString().EndsWith("/if", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            var problem = Describe(document, node.InstanceLocation.ToString(), keyword, message);
            if (seen.Add((problem.Path, problem.Message)))
            {
                problems.Add(problem);
            }
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(document, child, problems, seen);
        }
    }

    private static ImportProblem Describe(JsonElement document, string pointer, string keyword, string message)
    {
        // Tokens arrive JSON-encoded inside quotes («"\u0022stage\u0022"»).
        message = message.Replace("\\u0022", "\"", StringComparison.Ordinal).Replace("\"\"", "\"", StringComparison.Ordinal);
        var path = Path(pointer);
        var field = FieldName(pointer);
        var value = Find(document, pointer);
        return keyword switch
        {
            "format" when value is { ValueKind: JsonValueKind.String } date =>
                new ImportProblem(path, $"Поле «{field}»: такой даты нет — «{date.GetString()}» (нужна существующая дата ГГГГ-ММ-ДД)."),
            "pattern" when value is { ValueKind: JsonValueKind.String } text =>
                new ImportProblem(path, $"Поле «{field}»: значение «{text.GetString()}» не подходит по форме."),
            "type" => new ImportProblem(path, $"Поле «{field}»: {TypeNames(message)}."),
            "required" or "dependentRequired" => new ImportProblem(path, $"Н{Quoted(message)[1..]}."),
            "additionalProperties" or "unevaluatedProperties" or "" or "false" => new ImportProblem(path, $"Неизвестное поле «{field}»."),
            _ when message == ErrorMessages.FalseSchema => new ImportProblem(path, $"Неизвестное поле «{field}»."),
            _ when Cyrillic().IsMatch(message) => new ImportProblem(path, field.Length == 0 ? Quoted(message) + "." : $"Поле «{field}»: {Quoted(message)}."),
            _ => new ImportProblem(path, $"Поле «{field}» не соответствует схеме формата (правило «{keyword}»)."),
        };
    }

    /// <summary>«/project/plan/items/0/end» → «$.project.plan.items[0].end», as the importer's own problems are written.</summary>
    public static string Path(string location)
    {
        var path = new StringBuilder("$");
        foreach (var segment in Segments(location))
        {
            path.Append(segment.All(char.IsAsciiDigit) ? $"[{segment}]" : $".{segment}");
        }

        return path.ToString();
    }

    private static string FieldName(string pointer) =>
        Segments(pointer).LastOrDefault(s => !s.All(char.IsAsciiDigit)) ?? "";

    private static IEnumerable<string> Segments(string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));

    private static JsonElement? Find(JsonElement root, string pointer)
    {
        var current = root;
        foreach (var segment in Segments(pointer))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    private static string TypeNames(string message) => JsonTypes().Replace(message, m => m.Value.Trim('"') switch
    {
        "string" => "строка",
        "integer" => "целое число",
        "number" => "число",
        "object" => "объект",
        "array" => "массив",
        "boolean" => "true или false",
        "null" => "null",
        var other => other,
    });

    private static JsonSchema Load()
    {
        SetRussianMessages();
        using var stream = typeof(ProjectSchema).Assembly.GetManifestResourceStream("ProjectOffice.Data.Exchange.project-format.schema.json")
            ?? throw new InvalidOperationException("The embedded project-format.schema.json is missing.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }

    // JsonSchema.Net's own templates (tokens in [[…]]); the portal has no other language, so they are set once.
    private static void SetRussianMessages()
    {
        ErrorMessages.Type = "получено значение типа [[received]], ожидается [[expected]]";
        ErrorMessages.Required = "не хватает обязательного поля [[missing]]";
        ErrorMessages.DependentRequired = "вместе с этим полем нужно поле [[missing]]";
        ErrorMessages.Const = "ожидается значение «[[value]]»";
        ErrorMessages.Enum = "недопустимое значение «[[received]]»; допустимы [[values]]";
        ErrorMessages.MinLength = "текст короче допустимого ([[received]] при минимуме [[limit]])";
        ErrorMessages.MaxLength = "текст длиннее допустимого ([[received]] при пределе [[limit]])";
        ErrorMessages.MinItems = "элементов меньше допустимого ([[received]] при минимуме [[limit]])";
        ErrorMessages.MaxItems = "элементов больше допустимого ([[received]] при пределе [[limit]])";
        ErrorMessages.Minimum = "значение [[received]] меньше допустимого [[limit]]";
        ErrorMessages.Maximum = "значение [[received]] больше допустимого [[limit]]";
        ErrorMessages.ExclusiveMinimum = "значение [[received]] должно быть больше [[limit]]";
        ErrorMessages.ExclusiveMaximum = "значение [[received]] должно быть меньше [[limit]]";
        ErrorMessages.MinProperties = "полей меньше допустимого ([[received]] при минимуме [[limit]])";
        ErrorMessages.MaxProperties = "полей больше допустимого ([[received]] при пределе [[limit]])";
        ErrorMessages.OneOf = "значение подходит к [[count]] вариантам вместо одного";
        ErrorMessages.UniqueItems = "значения повторяются: [[duplicates]]";
        ErrorMessages.MultipleOf = "значение [[received]] не кратно [[divisor]]";
        ErrorMessages.FalseSchema = "поле не предусмотрено форматом";
        ErrorMessages.Format = "значение не в формате [[format]]";
        ErrorMessages.FormatWithDetail = "значение не в формате [[format]]: [[detail]]";
        ErrorMessages.Pattern = "значение не подходит по форме";
    }

    [GeneratedRegex("\"?\\b(string|integer|number|object|array|boolean|null)\\b\"?")]
    private static partial Regex JsonTypes();

    [GeneratedRegex("[а-яА-Я]")]
    private static partial Regex Cyrillic();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex JsonString();

    /// <summary>The library writes JSON values («["start"]», «"stage"»); the message shows them in Russian quotes.</summary>
    private static string Quoted(string message) =>
        JsonString().Replace(message.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal), "«$1»")
            .Replace("««", "«", StringComparison.Ordinal).Replace("»»", "»", StringComparison.Ordinal);
}
