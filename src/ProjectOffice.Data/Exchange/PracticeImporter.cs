using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Practices;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Data.Exchange;

/// <summary>
/// Creates a practice from a projectoffice-practice/1 document. Every problem is collected with its JSON path;
/// nothing is added to the context when there is one. The caller saves, so that its journal row goes in the same
/// transaction. Texts are normalised the way the edit forms normalise them (line ends, blank edges).
/// </summary>
public sealed class PracticeImporter(AppDbContext db)
{
    private readonly List<ImportProblem> problems = [];
    private readonly List<string> notes = [];

    public static async Task<PracticeImportOutcome> ImportJsonAsync(
        AppDbContext db, Stream json, string? authorUserId, DateTimeOffset now, CancellationToken ct)
    {
        PracticeDocument? document;
        try
        {
            using var parsed = await JsonDocument.ParseAsync(json, new JsonDocumentOptions { MaxDepth = PracticeDocument.JsonOptions.MaxDepth }, ct);
            var refused = JsonLimits.Check(parsed.RootElement).Take(100).ToArray();
            if (refused.Length > 0)
            {
                return PracticeImportOutcome.Failed(refused);
            }

            document = parsed.Deserialize<PracticeDocument>(PracticeDocument.JsonOptions);
        }
        catch (JsonException ex)
        {
            return PracticeImportOutcome.Failed(new ImportProblem(ex.Path ?? "$", ProjectImport.DescribeJsonError(ex, PracticeDocument.CurrentFormat)));
        }

        if (document is null)
        {
            return PracticeImportOutcome.Failed(new ImportProblem("$", "Документ пуст."));
        }

        return await new PracticeImporter(db).ImportAsync(document, authorUserId, now, ct);
    }

    public async Task<PracticeImportOutcome> ImportAsync(PracticeDocument document, string? authorUserId, DateTimeOffset now, CancellationToken ct)
    {
        if (document.Format != PracticeDocument.CurrentFormat)
        {
            Problem("$.format", $"Неподдерживаемая версия формата «{document.Format}»: ожидается «{PracticeDocument.CurrentFormat}».");
            return new PracticeImportOutcome(null, problems, notes);
        }

        var practice = Build(document.Practice);
        practice.AuthorUserId = authorUserId;
        practice.CreatedAt = now;
        practice.UpdatedAt = now;
        if (practice.Status == PracticeStatus.Published)
        {
            var missing = practice.MissingForPublication();
            if (missing.Count > 0)
            {
                Problem("$.practice.status", "Опубликованная практика должна содержать разделы: " + string.Join(", ", missing) + ".");
            }

            practice.PublishedAt = now;
        }

        await LinkProjectAsync(practice, document.Practice.Project, ct);
        if (problems.Count > 0)
        {
            return new PracticeImportOutcome(null, problems, notes);
        }

        db.Practices.Add(practice);
        return new PracticeImportOutcome(practice, [], notes);
    }

    private Practice Build(PracticeDto dto)
    {
        const string root = "$.practice";
        if (dto.Annex is < 1 or > 999)
        {
            Problem(root + ".annex", "Номер приложения — число от 1 до 999.");
        }

        if (PracticeRules.CheckYears(dto.Period.StartYear, dto.Period.EndYear) is { } yearsError)
        {
            Problem(root + ".period", yearsError);
        }

        var practice = new Practice
        {
            Status = dto.Status ?? PracticeStatus.Draft,
            AnnexNumber = dto.Annex,
            Name = Required(dto.Name, root + ".name", PracticeRules.NameLength),
            Territory = Required(dto.Territory, root + ".territory", PracticeRules.NameLength),
            DonorPractice = Optional(dto.DonorPractice, root + ".donorPractice", PracticeRules.ShortTextLength),
            Prerequisites = Rich(dto.Prerequisites, root + ".prerequisites"),
            PeriodText = Optional(dto.Period.Text, root + ".period.text", PracticeRules.ShortTextLength),
            StartYear = dto.Period.StartYear,
            EndYear = dto.Period.EndYear,
            IndicatorsBefore = Rich(dto.IndicatorsBefore, root + ".indicatorsBefore"),
            GoalsAndTasks = Rich(dto.GoalsAndTasks, root + ".goalsAndTasks"),
            BusinessModel = Rich(dto.BusinessModel, root + ".businessModel"),
            Description = Rich(dto.Description, root + ".description"),
            DescriptionAfterTable = Rich(dto.DescriptionAfterTable, root + ".descriptionAfterTable"),
            IndicatorsAfter = Rich(dto.IndicatorsAfter, root + ".indicatorsAfter"),
            LeaderAndTeam = Rich(dto.LeaderAndTeam, root + ".leaderAndTeam"),
            SignaturePosition = Optional(dto.Signature?.PositionText, root + ".signature.positionText", PracticeRules.ShortTextLength),
            SignatureOrganisation = Optional(dto.Signature?.OrganisationText, root + ".signature.organisationText", PracticeRules.ShortTextLength),
            SignatureName = Optional(dto.Signature?.NameText, root + ".signature.nameText", PracticeRules.ShortTextLength),
        };
        AddDescriptionTable(practice, dto.DescriptionTable, root + ".descriptionTable");
        AddTables(practice, dto, root);
        return practice;
    }

    private void AddTables(Practice practice, PracticeDto dto, string root)
    {
        practice.ListItems.AddRange(Rows(dto.Opportunities, root + ".opportunities", (text, path, i) => new PracticeListItem
        {
            Kind = PracticeListKind.Opportunity, Text = Required(text, path, PracticeRules.CellLength), SortOrder = i,
        }));
        practice.ListItems.AddRange(Rows(dto.Approaches, root + ".approaches", (text, path, i) => new PracticeListItem
        {
            Kind = PracticeListKind.Approach, Text = Required(text, path, PracticeRules.CellLength), SortOrder = i,
        }));
        practice.Results.AddRange(Rows(dto.Results, root + ".results", (r, path, i) => new PracticeResult
        {
            Indicator = Required(r.Indicator, path + ".indicator", PracticeRules.CellLength),
            Unit = Optional(r.Unit, path + ".unit", 100),
            LastYearText = Optional(r.LastYear, path + ".lastYear", 200),
            LastYear = NumberPhrase.Parse(r.LastYear),
            WholePeriodText = Optional(r.WholePeriod, path + ".wholePeriod", 200),
            WholePeriod = NumberPhrase.Parse(r.WholePeriod),
            Comment = Rich(r.Comment, path + ".comment"),
            SortOrder = i,
        }));
        practice.Participants.AddRange(Rows(dto.Participants, root + ".participants", (r, path, i) => new PracticeParticipant
        {
            Name = Required(r.Name, path + ".name", PracticeRules.ShortTextLength),
            Role = Optional(r.Role, path + ".role", PracticeRules.CellLength),
            SortOrder = i,
        }));
        practice.Stakeholders.AddRange(Rows(dto.Involved, root + ".involved", (r, path, i) => Stakeholder(StakeholderKind.Involved, r, path, i)));
        practice.Stakeholders.AddRange(Rows(dto.Reached, root + ".reached", (r, path, i) => Stakeholder(StakeholderKind.Reached, r, path, i)));
        practice.Actions.AddRange(Rows(dto.DeploymentActions, root + ".deploymentActions", (r, path, i) => new PracticeAction
        {
            Description = Required(r.Description, path + ".description", PracticeRules.CellLength),
            Executor = Optional(r.Executor, path + ".executor", PracticeRules.ShortTextLength),
            SortOrder = i,
        }));
        practice.NormativeActs.AddRange(Rows(dto.AdoptedActs, root + ".adoptedActs", (r, path, i) => new PracticeNormativeAct
        {
            Kind = NormativeActKind.Adopted,
            Name = Required(r.Name, path + ".name", PracticeRules.CellLength),
            Result = Optional(r.Result, path + ".result", PracticeRules.CellLength),
            SortOrder = i,
        }));
        practice.NormativeActs.AddRange(Rows(dto.AmendedActs, root + ".amendedActs", (r, path, i) => new PracticeNormativeAct
        {
            Kind = NormativeActKind.Amended,
            Name = Required(r.Name, path + ".name", PracticeRules.CellLength),
            Changes = Optional(r.Changes, path + ".changes", PracticeRules.CellLength),
            Result = Optional(r.Result, path + ".result", PracticeRules.CellLength),
            SortOrder = i,
        }));
        practice.Resources.AddRange(Rows(dto.Resources, root + ".resources", (r, path, i) => new PracticeResource
        {
            Description = Required(r.Description, path + ".description", PracticeRules.ShortTextLength),
            Purposes = Purposes(r.Purposes, path + ".purposes"),
            SortOrder = i,
        }));
        practice.Beneficiaries.AddRange(Rows(dto.Beneficiaries, root + ".beneficiaries", (r, path, i) => new PracticeBeneficiary
        {
            Name = Required(r.Name, path + ".name", PracticeRules.ShortTextLength),
            Benefits = Optional(r.Benefits, path + ".benefits", PracticeRules.CellLength),
            SortOrder = i,
        }));
        practice.Costs.AddRange(Rows(dto.Costs, root + ".costs", Cost));
        practice.Links.AddRange(Rows(dto.Links, root + ".links", (r, path, i) =>
        {
            var url = Required(r.Url, path + ".url", PracticeRules.ShortTextLength);
            if (url.Length > 0 && PracticeRules.CheckUrl(url) is { } error)
            {
                Problem(path + ".url", error);
            }

            return new PracticeLink { Name = Required(r.Name, path + ".name", PracticeRules.ShortTextLength), Url = url, SortOrder = i };
        }));
        practice.Contacts.AddRange(Rows(dto.Contacts, root + ".contacts", (r, path, i) =>
        {
            var email = Optional(r.Email, path + ".email", 256);
            if (PracticeRules.CheckEmail(email) is { } error)
            {
                Problem(path + ".email", error);
            }

            return new PracticeContact
            {
                Name = Required(r.Name, path + ".name", 300),
                Position = Optional(r.Position, path + ".position", PracticeRules.ShortTextLength),
                Phone = Optional(r.Phone, path + ".phone", 200),
                Email = email,
                SortOrder = i,
            };
        }));
    }

    private PracticeStakeholder Stakeholder(StakeholderKind kind, StakeholderDto r, string path, int i) => new()
    {
        Kind = kind,
        Group = Required(r.Group, path + ".group", PracticeRules.ShortTextLength),
        CountText = Optional(r.Count, path + ".count", 200),
        Count = NumberPhrase.Parse(r.Count),
        SortOrder = i,
    };

    private PracticeCost Cost(PracticeCostDto r, string path, int i)
    {
        var amount = Required(r.Amount, path + ".amount", 50);
        if (amount.Length > 0 && PracticeRules.CheckAmount(amount) is { } error)
        {
            Problem(path + ".amount", error);
        }

        return new PracticeCost
        {
            Item = Required(r.Item, path + ".item", PracticeRules.ShortTextLength),
            AmountText = amount,
            Amount = ThousandRubles.Parse(amount) ?? 0,
            Source = Optional(r.Source, path + ".source", PracticeRules.ShortTextLength),
            SortOrder = i,
        };
    }

    private void AddDescriptionTable(Practice practice, PracticeTableDto? table, string path)
    {
        if (table is null)
        {
            return;
        }

        if (table.Columns.Count == 0)
        {
            Problem(path + ".columns", "У таблицы должен быть хотя бы один столбец.");
        }

        practice.DescriptionTableColumns = table.Columns
            .Select((c, j) => Required(c, $"{path}.columns[{j}]", PracticeRules.ShortTextLength)).ToList();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            if (table.Rows[i].Count != table.Columns.Count)
            {
                Problem($"{path}.rows[{i}]", $"В строке {table.Rows[i].Count} ячеек, а столбцов {table.Columns.Count}.");
            }

            practice.DescriptionTableRows.Add(table.Rows[i]
                .Select((cell, j) => Optional(cell, $"{path}.rows[{i}][{j}]", PracticeRules.CellLength, allowEmpty: true) ?? "").ToList());
        }
    }

    private async Task LinkProjectAsync(Practice practice, string? projectName, CancellationToken ct)
    {
        if (projectName is null)
        {
            return;
        }

        var matches = await db.Projects.Where(p => p.Name == projectName.Trim()).Select(p => p.Id).Take(2).ToListAsync(ct);
        if (matches.Count == 1)
        {
            practice.ProjectId = matches[0];
        }
        else
        {
            // Practices travel between portals: a project unknown here is not an error, the link is just not made.
            notes.Add(matches.Count == 0
                ? $"Проект «{projectName}» в портале не найден: практика импортирована без связи с проектом."
                : $"В портале несколько проектов «{projectName}»: практика импортирована без связи с проектом.");
        }
    }

    private static List<TRow> Rows<TDto, TRow>(List<TDto>? rows, string path, Func<TDto, string, int, TRow> build) =>
        (rows ?? []).Select((row, i) => build(row, $"{path}[{i}]", i)).ToList();

    private string? Purposes(List<string>? purposes, string path)
    {
        if (purposes is null)
        {
            return null;
        }

        var lines = purposes.Select((p, i) => Required(p, $"{path}[{i}]", PracticeRules.ShortTextLength)).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Contains('\n', StringComparison.Ordinal))
            {
                Problem($"{path}[{i}]", "Назначение ресурса — одна строка: каждое назначение отдельным элементом списка.");
            }
        }

        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    /// <summary>The format's richText as the portal's markup, with every block checked so that the markup reads back the same.</summary>
    private string? Rich(List<JsonElement>? blocks, string path)
    {
        if (blocks is null)
        {
            return null;
        }

        var parsed = new List<RichTextBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var blockPath = $"{path}[{i}]";
            if (block.ValueKind == JsonValueKind.String)
            {
                var paragraph = Required(block.GetString(), blockPath, PracticeRules.LongTextLength);
                if (paragraph.Contains("\n\n", StringComparison.Ordinal))
                {
                    Problem(blockPath, "Абзац не может содержать пустую строку: разделите его на два абзаца.");
                }
                else if (paragraph.Split('\n').All(l => l.StartsWith("- ", StringComparison.Ordinal)))
                {
                    Problem(blockPath, "Все строки абзаца начинаются с «- »: запишите их как список {\"list\": [...]}.");
                }

                parsed.Add(new RichTextBlock(paragraph, []));
            }
            else if (block.ValueKind == JsonValueKind.Object && block.EnumerateObject().Count() == 1
                     && block.TryGetProperty("list", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0)
            {
                var items = new List<string>();
                var j = 0;
                foreach (var item in list.EnumerateArray())
                {
                    var itemPath = $"{blockPath}.list[{j++}]";
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        Problem(itemPath, "Пункт списка должен быть строкой.");
                        continue;
                    }

                    var text = Required(item.GetString(), itemPath, PracticeRules.CellLength);
                    if (text.Contains('\n', StringComparison.Ordinal))
                    {
                        Problem(itemPath, "Пункт списка не может содержать перенос строки.");
                    }

                    items.Add(text);
                }

                parsed.Add(new RichTextBlock(null, items));
            }
            else
            {
                Problem(blockPath, "Блок текста — строка (абзац) или объект {\"list\": [строки]} (маркированный список).");
            }
        }

        var markup = RichText.Format(parsed);
        if (markup.Length > PracticeRules.LongTextLength)
        {
            Problem(path, $"Текст длиннее {PracticeRules.LongTextLength} символов.");
        }

        return markup.Length == 0 ? null : markup;
    }

    private string Required(string? value, string path, int maxLength)
    {
        var text = Optional(value, path, maxLength);
        if (text is null && value is null)
        {
            Problem(path, "Обязательное поле не заполнено.");
        }

        return text ?? "";
    }

    private string? Optional(string? value, string path, int maxLength, bool allowEmpty = false)
    {
        if (value is null)
        {
            return null;
        }

        var text = PracticeRules.NormaliseText(value);
        if (text is null)
        {
            if (!allowEmpty)
            {
                Problem(path, "Пустая строка: заполните поле или уберите его.");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Problem(path, $"Не более {maxLength} символов.");
        }

        return text;
    }

    private void Problem(string path, string message) => problems.Add(new ImportProblem(path, message));
}
