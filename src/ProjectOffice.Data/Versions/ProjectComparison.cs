using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Data.Versions;

/// <summary>
/// What changed between two passports (two versions, or a version and the current draft): both projectoffice/1
/// documents are walked field by field and row by row. Rows of lists are matched by what people know them by
/// (a person's name, a stage's name, a budget line's stage and a cell's source and year), never by position, so
/// a deleted row is reported once as removed instead of shifting every row after it. Keys are file-local and
/// made from position, so references are compared by the names they point to.
/// </summary>
public static class ProjectComparison
{
    public static IReadOnlyList<ProjectChange> Compare(ProjectDocument before, ProjectDocument after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<ProjectChange>();
        Diff(new TreeBuilder(before).Build(), new TreeBuilder(after).Build(), [], changes);
        return changes;
    }

    private static void Diff(Node a, Node b, List<string> path, List<ProjectChange> changes)
    {
        foreach (var key in a.Children.Keys.Concat(b.Children.Keys.Where(k => !a.Children.ContainsKey(k))))
        {
            var x = a.Children.GetValueOrDefault(key);
            var y = b.Children.GetValueOrDefault(key);
            var node = (x ?? y)!;
            if (node.IsRow && !node.HasValue && (x is null || y is null))
            {
                changes.Add(x is null
                    ? new ProjectChange(ChangeKind.Added, path.ToList(), null, node.RowText)
                    : new ProjectChange(ChangeKind.Removed, path.ToList(), node.RowText, null));
                continue;
            }

            var inner = node.Label.Length == 0 ? path : [.. path, node.Label];
            if (node.HasValue)
            {
                if (!string.Equals(x?.Value, y?.Value, StringComparison.Ordinal))
                {
                    changes.Add(new ProjectChange(ChangeKind.Changed, inner, x?.Value, y?.Value));
                }

                continue;
            }

            Diff(x ?? Node.Empty, y ?? Node.Empty, inner, changes);
        }
    }

    private sealed class Node
    {
        public static readonly Node Empty = new() { Label = "" };

        /// <summary>The path segment; empty for containers that add nothing a reader needs («lines» of a budget).</summary>
        public required string Label { get; init; }
        public string? Value { get; set; }
        public bool HasValue { get; set; }

        /// <summary>An item of a list: when only one side has it, it is reported as added or removed.</summary>
        public bool IsRow { get; init; }
        public string? RowText { get; init; }
        public OrderedDictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public static Node Leaf(string label, string? value) => new() { Label = label, Value = value, HasValue = true };
    }

    private sealed class TreeBuilder(ProjectDocument document)
    {
        private const int LabelLength = 60;

        // Arrays whose items are known by these fields: all of them joined, or (first) the first one present.
        private static readonly Dictionary<string, (string[] Fields, bool First)> Identities = new(StringComparer.Ordinal)
        {
            ["stages"] = (["name"], true),
            ["strategicGoals"] = (["scope"], true),
            ["executors"] = (["person", "nameText"], true),
            ["indicators"] = (["name"], true),
            ["values"] = (["year"], false),
            ["actuals"] = (["year", "periodText"], false),
            ["byOrganisation"] = (["organisationText"], true),
            ["printedNames"] = (["form"], true),
            ["tasks"] = (["name"], true),
            ["results"] = (["name"], true),
            ["lines"] = (["stage", "title"], true),
            ["amounts"] = (["source", "year"], false),
            ["participantGroups"] = (["title", "kind"], true),
            ["participants"] = (["person", "nameText"], true),
            ["items"] = (["name", "stage", "task"], true),
            ["children"] = (["name", "stage", "task"], true),
            ["responsible"] = (["person", "text"], true),
            ["controlEvents"] = (["name", "planItem"], true),
            ["additionalMaterials"] = (["title"], true),
            ["footnotes"] = (["form", "marker", "planItem", "indicator", "caption"], false),
            ["forms"] = (["form"], true),
            ["signatures"] = (["kind", "placement"], false),
        };

        // Items that hold one value besides their identity read best as that value: «Федеральный бюджет: «-» → «0,5»».
        private static readonly HashSet<string> ValueRows = new(StringComparer.Ordinal) { "amounts", "values", "printedNames" };

        // Lists of sentences whose entries are rows of their own.
        private static readonly HashSet<string> SentenceLists = new(StringComparer.Ordinal)
        {
            "programmes", "expectedResults", "external", "internal", "evidence", "rows",
        };

        private static readonly HashSet<string> RichTextFields = new(StringComparer.Ordinal) { "name", "characteristic", "blocks" };

        private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
        {
            ["layout"] = "Макет паспорта", ["level"] = "Уровень", ["kind"] = "Вид", ["name"] = "Наименование",
            ["shortName"] = "Краткое наименование", ["nationalProject"] = "Национальный проект",
            ["federalProject"] = "Федеральный проект", ["regionalProject"] = "Региональный проект",
            ["municipality"] = "Муниципальное образование", ["strategicGoals"] = "Стратегические цели",
            ["scope"] = "Уровень цели", ["caption"] = "Заголовок", ["text"] = "Текст", ["functionalBlock"] = "Функциональный блок",
            ["period"] = "Срок реализации", ["start"] = "Начало", ["end"] = "Окончание", ["initiator"] = "Инициатор",
            ["curator"] = "Куратор", ["leader"] = "Руководитель", ["deputyLeader"] = "Заместитель руководителя",
            ["administrator"] = "Администратор", ["coordinator"] = "Координатор", ["executors"] = "Участники",
            ["person"] = "Человек", ["positionText"] = "Должность", ["nameText"] = "Имя", ["email"] = "Эл. почта",
            ["phone"] = "Телефон", ["initiationBasis"] = "Основание для инициации", ["programmes"] = "Связь с программами",
            ["goal"] = "Цель", ["indicators"] = "Показатели", ["type"] = "Тип", ["unit"] = "Единица измерения",
            ["unitInName"] = "Единица в наименовании", ["cumulative"] = "Нарастающим итогом", ["indicator"] = "Показатель", ["baseline"] = PassportCaptions.BaselineColumn, ["value"] = "Значение",
            ["date"] = "Дата", ["values"] = "Значения по годам", ["year"] = "Год", ["actuals"] = "Фактические значения",
            ["periodText"] = "Период", ["reportedOn"] = "Дата отчета", ["comment"] = "Комментарий",
            ["calculationMethod"] = "Методика расчета", ["formula"] = "Формула", ["baseValue"] = "Базовые показатели",
            ["dataSource"] = "Источник данных", ["dataCollector"] = "Ответственный за сбор данных",
            ["aggregationLevel"] = "Уровень агрегирования", ["periodicity"] = "Срок и периодичность",
            ["additionalInfo"] = "Дополнительная информация", ["byOrganisation"] = "В разрезе организаций",
            ["organisationText"] = "Организация", ["organisation"] = "Организация", ["printedNames"] = "Наименование в формах",
            ["form"] = "Форма", ["tasks"] = "Задачи", ["results"] = "Результаты", ["characteristic"] = "Характеристика",
            ["expectedResults"] = "Ожидаемые результаты", ["stages"] = "Этапы", ["budget"] = "Бюджет",
            ["breakdown"] = "Разбивка бюджета", ["title"] = "Заголовок", ["stage"] = "Этап", ["task"] = "Задача",
            ["result"] = "Результат", ["budgetCode"] = "Код бюджетной классификации", ["source"] = "Источник",
            ["amount"] = "Сумма", ["relatedProjectsText"] = PassportCaptions.RelatedProjects, ["risks"] = "Риски",
            ["external"] = "Внешние риски", ["internal"] = "Внутренние риски", ["participantGroups"] = "Участники",
            ["role"] = "Роль", ["supervisor"] = "Непосредственный руководитель", ["supervisorText"] = "Непосредственный руководитель (как напечатано)",
            ["employment"] = "Занятость", ["plan"] = "План мероприятий", ["startText"] = "Начало (как напечатано)",
            ["endText"] = "Окончание (как напечатано)", ["startNote"] = "Примечание к началу", ["endNote"] = "Примечание к окончанию",
            ["deadlineText"] = "Срок", ["number"] = "Номер, как напечатан", ["responsibleOnLines"] = "Исполнители с новой строки", ["cell"] = "Ячейка сноски", ["reportDates"] = "Даты отчетов", ["responsible"] = "Ответственные",
            ["resultIndicator"] = "Показатель результата", ["plannedValue"] = "Плановое значение",
            ["documentType"] = "Вид документа", ["controlLevel"] = "Уровень контроля",
            ["controlLevelText"] = "Уровень контроля (как напечатано)", ["controlEvents"] = "Контрольные события",
            ["planItem"] = "Пункт плана", ["plannedDate"] = "Плановая дата", ["plannedDateText"] = "Плановая дата (как напечатано)",
            ["status"] = "Статус", ["doneOn"] = "Дата выполнения", ["doneBy"] = "Выполнил", ["evidence"] = "Подтверждающие файлы",
            ["cancelReason"] = "Причина отмены", ["additionalMaterials"] = "Дополнительные материалы", ["blocks"] = "Текст",
            ["table"] = "Таблица", ["columns"] = "Столбцы", ["rows"] = "Строки", ["footnotes"] = "Сноски", ["marker"] = "Знак сноски",
            ["forms"] = "Формы", ["annex"] = "Номер приложения", ["signatures"] = "Подписи", ["placement"] = "Расположение",
            // Containers whose items speak for themselves.
            ["lines"] = "", ["amounts"] = "", ["items"] = "", ["children"] = "", ["participants"] = "",
        };

        private static readonly Dictionary<string, Dictionary<string, string>> Values = new(StringComparer.Ordinal)
        {
            ["layout"] = Map(Words<ProjectLayout>(ProjectLabels.Layout)),
            ["level"] = Map(Words<ProjectLevel>(PassportLabels.Level)),
            ["scope"] = Map(("region", "субъекта РФ"), ("city", "города")),
            ["type"] = Map(Words<IndicatorType>(ProjectLabels.IndicatorType)),
            ["breakdown"] = Map(Words<BudgetBreakdown>(PassportLabels.Breakdown)),
            ["role"] = Map(Words<MemberRole>(PassportLabels.Role)),
            ["controlLevel"] = Map(Words<ControlLevel>(PlanShape.ControlLevelLabel)),
            ["status"] = Map(Words<ControlEventStatus>(ControlEventStates.Label)),
            ["placement"] = Map(("top", "вверху"), ("bottom", "внизу")),
            ["form"] = Map(("passport", "Паспорт проекта"), ("passportBudget", "Бюджет в паспорте"), ("plan", "План мероприятий"),
                ("controlEvents", "План контрольных событий"), ("budget", "Бюджет проекта"),
                ("indicatorsByOrganisation", "Показатели в разрезе организаций"), ("indicatorMethods", "Методика расчета показателей"),
                ("additionalMaterials", "Дополнительные материалы"), ("indicators", "Показатели проекта")),
            // «kind» names a project's, a plan row's, a participants group's, an annex section's and a signature's kind.
            ["kind"] = Map([.. Words<ProjectKind>(ProjectLabels.Kind), .. Words<PlanItemKind>(PlanShape.KindName),
                .. Words<SignatureKind>(ProjectLabels.SignatureTitle),
                ("project", "руководство проекта"), ("general", "общие организационные мероприятия"), ("text", "текст"),
                ("indicatorMethods", "методика расчета"), ("financing", "финансирование"), ("table", "таблица")]),
        };

        private readonly Dictionary<string, Dictionary<string, string>> references = new(StringComparer.Ordinal);

        public Node Build()
        {
            var root = JsonSerializer.SerializeToNode(document, ProjectDocument.JsonOptions)!.AsObject();
            var project = root["project"]!.AsObject();
            // The risk register lives beside the passport and changes without a change request: not a passport change.
            project.Remove("riskRegister");
            var people = Names(root["people"], "fullName");
            var sources = Names(root["fundingSources"], "name");
            var organisations = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var o in root["organisations"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                organisations[Str(o["key"])] = Str(o["shortName"] ?? o["name"]);
            }

            var stages = Names(project["stages"], "name");
            var tasks = Names(project["tasks"], "name");
            var results = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var result in project["tasks"]?.AsArray().OfType<JsonObject>().SelectMany(t => t["results"]?.AsArray().OfType<JsonObject>() ?? []) ?? [])
            {
                results[Str(result["key"])] = Text("name", result["name"]);
            }

            var planItems = new Dictionary<string, string>(StringComparer.Ordinal);
            void Walk(JsonNode? items)
            {
                foreach (var item in items?.AsArray().OfType<JsonObject>() ?? [])
                {
                    if (item["key"] is { } key)
                    {
                        planItems[Str(key)] = item["name"] is { } name ? Text("name", name)
                            : item["stage"] is { } stage ? stages.GetValueOrDefault(Str(stage), Str(stage))
                            : tasks.GetValueOrDefault(Str(item["task"]), Str(item["task"]));
                    }

                    Walk(item["children"]);
                }
            }

            Walk(project["plan"]?["items"]);
            references["person"] = references["supervisor"] = references["doneBy"] = people;
            references["organisation"] = organisations;
            references["source"] = sources;
            references["stage"] = stages;
            references["task"] = tasks;
            references["result"] = results;
            references["planItem"] = planItems;
            return Object(project, "");
        }

        private Node Object(JsonObject obj, string label, bool isRow = false, string? rowText = null, IReadOnlyCollection<string>? skip = null)
        {
            var node = new Node { Label = label, IsRow = isRow, RowText = rowText };
            foreach (var (name, value) in obj)
            {
                if (value is null || name == "key" || (skip?.Contains(name) ?? false))
                {
                    continue;
                }

                node.Children[name] = Child(name, value);
            }

            return node;
        }

        private Node Child(string name, JsonNode value)
        {
            var label = Labels.GetValueOrDefault(name, name);
            switch (value)
            {
                case JsonObject obj:
                    return Object(obj, label);
                case JsonArray array when IsRichText(name, array) || (array.All(i => i is JsonValue) && !SentenceLists.Contains(name)):
                    return Node.Leaf(label, Text(name, array));
                case JsonArray array when array.All(i => i is JsonValue or JsonArray):
                    var list = new Node { Label = label };
                    foreach (var item in array)
                    {
                        var text = item is JsonArray cells ? string.Join(" | ", cells.Select(c => Str(c))) : Display(name, item);
                        list.Children[Unique(list, text)] = new Node { Label = Shorten(text), IsRow = true, RowText = text };
                    }

                    return list;
                case JsonArray array:
                    return Rows(name, label, array);
                default:
                    return Node.Leaf(label, Display(name, value));
            }
        }

        private Node Rows(string name, string label, JsonArray array)
        {
            var list = new Node { Label = label };
            var (fields, first) = Identities.GetValueOrDefault(name, ([], false));
            foreach (var (item, i) in array.Select((item, i) => (item, i)))
            {
                if (item is not JsonObject obj)
                {
                    continue;
                }

                var parts = fields.Where(f => obj[f] is not null).Select(f => Text(f, obj[f])).Where(t => t.Length > 0).ToList();
                var identity = parts.Count == 0 ? $"№ {i + 1}" : first ? parts[0] : string.Join(", ", parts);
                var used = first ? fields.Where(f => obj[f] is not null).Take(1).ToArray() : fields;
                var row = Object(obj, Shorten(identity), isRow: true, rowText: identity, skip: used);
                if (ValueRows.Contains(name) && row.Children.Count == 1 && row.Children.GetAt(0).Value is { HasValue: true } only)
                {
                    row.Value = only.Value;
                    row.HasValue = true;
                    row.Children.Clear();
                }

                list.Children[Unique(list, identity)] = row;
            }

            return list;
        }

        /// <summary>Rows with the same identity (a plan repeating an event's wording) are told apart by their occurrence.</summary>
        private static string Unique(Node list, string identity)
        {
            var key = identity;
            for (var n = 2; list.Children.ContainsKey(key); n++)
            {
                key = string.Create(CultureInfo.InvariantCulture, $"{identity} ({n})");
            }

            return key;
        }

        private string Text(string name, JsonNode? node) => node switch
        {
            null => "",
            JsonArray array when IsRichText(name, array) => string.Join("\n", array.Select(block => block is JsonObject list
                ? string.Join("\n", list["list"]?.AsArray().Select(i => "- " + Str(i)) ?? [])
                : Str(block))),
            JsonArray array => string.Join("; ", array.Select(i => Display(name, i))),
            _ => Display(name, node),
        };

        private string Display(string name, JsonNode? value)
        {
            if (value is not JsonValue scalar)
            {
                return value?.ToJsonString() ?? "";
            }

            if (scalar.TryGetValue<bool>(out var flag))
            {
                return flag ? "да" : "нет";
            }

            var text = Str(scalar);
            if (references.TryGetValue(name, out var names) && names.TryGetValue(text, out var resolved))
            {
                return resolved;
            }

            if (Values.TryGetValue(name, out var labels) && labels.TryGetValue(text, out var label))
            {
                return label;
            }

            return text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? RussianDates.Numeric(date)
                : text;
        }

        private static bool IsRichText(string name, JsonArray array) =>
            RichTextFields.Contains(name) && array.All(b => b is JsonValue || (b is JsonObject o && o.Count == 1 && o["list"] is JsonArray));

        private static Dictionary<string, string> Names(JsonNode? list, string field)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in list?.AsArray().OfType<JsonObject>() ?? [])
            {
                names[Str(item["key"])] = Str(item[field]);
            }

            return names;
        }

        private static string Str(JsonNode? node) => node switch
        {
            null => "",
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => node.ToJsonString(),
        };

        private static string Shorten(string text)
        {
            var line = text.ReplaceLineEndings(" ");
            if (line.Length <= LabelLength)
            {
                return line;
            }

            // Cut at a word boundary where there is one in the second half.
            var cut = line[..(LabelLength - 1)];
            var space = cut.LastIndexOf(' ');
            return (space > LabelLength / 2 ? cut[..space] : cut).TrimEnd(' ', ',', '.', ';') + "…";
        }

        private static Dictionary<string, string> Map(params IEnumerable<(string Key, string Value)> pairs) =>
            pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

        // An enum's values as the JSON document spells them (camelCase), in the words the Domain gives them.
        private static IEnumerable<(string Key, string Value)> Words<T>(Func<T, string> label) where T : struct, Enum =>
            Enum.GetValues<T>().Select(value => (JsonNamingPolicy.CamelCase.ConvertName(value.ToString()), label(value)));
    }
}
