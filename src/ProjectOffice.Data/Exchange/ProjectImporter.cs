using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Data.Exchange;

/// <summary>
/// Creates a project from a projectoffice/1 document. People, organisations and funding sources are matched
/// to the portal's reference lists (people by e-mail, then full name; the others by name) and created when new.
/// Every problem is collected with its JSON path; nothing is added to the context when there is one.
/// </summary>
public sealed class ProjectImporter(AppDbContext db)
{
    private readonly List<ImportProblem> problems = [];
    private readonly Dictionary<string, Organisation> organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FundingSource> sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Stage> stages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectResult> results = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectTask> tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlanItem> planItems = new(StringComparer.Ordinal);
    private readonly List<Action> afterSave = [];

    /// <summary>The new project (added to the context, not saved) or the list of every problem found.</summary>
    public async Task<(Project? Project, IReadOnlyList<ImportProblem> Problems)> ImportAsync(ProjectDocument document, CancellationToken ct)
    {
        if (document.Format != ProjectDocument.CurrentFormat)
        {
            Problem("$.format", $"Неподдерживаемая версия формата «{document.Format}»: ожидается «{ProjectDocument.CurrentFormat}».");
            return (null, problems);
        }

        await ResolveReferenceListsAsync(document, ct);
        var project = BuildProject(document.Project);
        if (problems.Count > 0)
        {
            DetachNewReferenceRows();
            return (null, problems);
        }

        db.Projects.Add(project);
        return (project, problems);
    }

    private async Task ResolveReferenceListsAsync(ProjectDocument document, CancellationToken ct)
    {
        CheckUniqueKeys(document.Organisations.Select(o => o.Key), "$.organisations");
        CheckUniqueKeys(document.People.Select(p => p.Key), "$.people");
        CheckUniqueKeys(document.FundingSources.Select(f => f.Key), "$.fundingSources");

        var knownOrgs = (await db.Organisations.ToListAsync(ct)).GroupBy(o => Fold(o.Name)).ToDictionary(g => g.Key, g => g.First());
        foreach (var dto in document.Organisations)
        {
            organisations[dto.Key] = knownOrgs.TryGetValue(Fold(dto.Name), out var existing)
                ? existing
                : db.Organisations.Add(new Organisation { Name = dto.Name, ShortName = dto.ShortName }).Entity;
        }

        // Candidates by exact e-mail or name; the case- and ё-insensitive match is made below.
        var emails = document.People.Where(p => p.Email is not null).SelectMany(p => new[] { p.Email!, p.Email!.ToLowerInvariant() }).ToList();
        var names = document.People.SelectMany(p => new[] { p.FullName, p.FullName.Replace('ё', 'е') }).ToList();
        var candidates = await db.People
            .Where(p => (p.Email != null && emails.Contains(p.Email)) || names.Contains(p.FullName))
            .ToListAsync(ct);
        for (var i = 0; i < document.People.Count; i++)
        {
            var dto = document.People[i];
            var match = candidates.FirstOrDefault(p => dto.Email is not null && string.Equals(p.Email, dto.Email, StringComparison.OrdinalIgnoreCase))
                ?? candidates.FirstOrDefault(p => Fold(p.FullName) == Fold(dto.FullName));
            if (match is null)
            {
                match = db.People.Add(new Person
                {
                    FullName = dto.FullName,
                    Position = dto.Position,
                    Email = dto.Email,
                    Phone = dto.Phone,
                }).Entity;
                if (dto.Organisation is { } orgKey)
                {
                    match.Organisation = Lookup(organisations, orgKey, $"$.people[{i}].organisation", "организация");
                }

                candidates.Add(match);
            }

            people[dto.Key] = match;
        }

        var knownSources = (await db.FundingSources.ToListAsync(ct)).GroupBy(f => Fold(f.Name)).ToDictionary(g => g.Key, g => g.First());
        var nextOrder = knownSources.Count == 0 ? 0 : knownSources.Values.Max(f => f.SortOrder) + 1;
        foreach (var dto in document.FundingSources)
        {
            if (!knownSources.TryGetValue(Fold(dto.Name), out var source))
            {
                source = db.FundingSources.Add(new FundingSource { Name = dto.Name, NameGenitive = dto.NameGenitive, SortOrder = nextOrder++ }).Entity;
                knownSources[Fold(dto.Name)] = source;
            }

            sources[dto.Key] = source;
        }
    }

    private Project BuildProject(ProjectDto dto)
    {
        var project = new Project
        {
            Layout = dto.Layout,
            Level = dto.Level,
            Kind = dto.Kind,
            Name = dto.Name,
            ShortName = dto.ShortName,
            NationalProject = dto.NationalProject,
            FederalProject = dto.FederalProject,
            RegionalProject = dto.RegionalProject,
            Municipality = dto.Municipality,
            FunctionalBlock = dto.FunctionalBlock,
            Basis = dto.InitiationBasis,
            Goal = dto.Goal,
            RelatedProjects = dto.RelatedProjectsText,
            StartDate = dto.Period.Start,
            EndDate = dto.Period.End,
            BudgetBreakdown = dto.Budget?.Breakdown ?? BudgetBreakdown.Stage,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        if (project.EndDate < project.StartDate)
        {
            Problem("$.project.period.end", "Дата окончания проекта раньше даты начала.");
        }

        foreach (var goal in dto.StrategicGoals ?? [])
        {
            if (goal.Scope == GoalScope.Region)
            {
                project.StrategicGoalRegionCaption = goal.Caption;
                project.StrategicGoalRegion = goal.Text;
            }
            else
            {
                project.StrategicGoalCityCaption = goal.Caption;
                project.StrategicGoalCity = goal.Text;
            }
        }

        AddMentions(project, dto);
        AddStages(project, dto);
        AddTasks(project, dto);
        AddLists(project, dto);
        AddIndicators(project, dto);
        project.BudgetItems.AddRange(BudgetItems(dto.Budget?.Lines ?? [], "$.project.budget.lines"));
        AddParticipants(project, dto);
        AddSections(project, dto);
        AddForms(project, dto);
        AddPlan(project, dto.Plan?.Items ?? [], parent: null, "$.project.plan.items");
        AddControlEvents(project, dto);
        AddFootnotes(project, dto);
        return project;
    }

    private void AddMentions(Project project, ProjectDto dto)
    {
        var order = 0;
        void Mention(PersonMentionDto? mention, MemberRole role, string path)
        {
            if (mention is null)
            {
                return;
            }

            project.Members.Add(new ProjectMember
            {
                Role = role,
                Person = Lookup(people, mention.Person, path + ".person", "человек"),
                NameText = mention.NameText,
                Position = mention.PositionText,
                Email = mention.Email,
                Phone = mention.Phone,
                SortOrder = order++,
            });
        }

        Mention(dto.Initiator, MemberRole.Initiator, "$.project.initiator");
        Mention(dto.Curator, MemberRole.Curator, "$.project.curator");
        Mention(dto.Leader, MemberRole.Leader, "$.project.leader");
        Mention(dto.DeputyLeader, MemberRole.DeputyLeader, "$.project.deputyLeader");
        Mention(dto.Administrator, MemberRole.Administrator, "$.project.administrator");
        Mention(dto.Coordinator, MemberRole.Coordinator, "$.project.coordinator");
        foreach (var (executor, i) in (dto.Executors ?? []).Select((e, i) => (e, i)))
        {
            Mention(executor, MemberRole.Executor, $"$.project.executors[{i}]");
        }
    }

    private void AddStages(Project project, ProjectDto dto)
    {
        foreach (var (stage, i) in (dto.Stages ?? []).Select((s, i) => (s, i)))
        {
            var path = $"$.project.stages[{i}]";
            if (stage.End < stage.Start)
            {
                Problem(path + ".end", $"Этап «{stage.Name}»: дата окончания раньше даты начала.");
            }

            if (stage.Start < project.StartDate || stage.End > project.EndDate)
            {
                Problem(path, $"Этап «{stage.Name}» выходит за срок проекта {project.StartDate:dd.MM.yyyy} – {project.EndDate:dd.MM.yyyy}.");
            }

            var entity = new Stage
            {
                Name = stage.Name,
                StartDate = stage.Start,
                EndDate = stage.End,
                SortOrder = i,
                PrintedNames = Variants(stage.PrintedNames),
            };
            AddKey(stages, stage.Key, entity, path + ".key");
            project.Stages.Add(entity);
        }
    }

    private void AddTasks(Project project, ProjectDto dto)
    {
        foreach (var (task, i) in (dto.Tasks ?? []).Select((t, i) => (t, i)))
        {
            var entity = new ProjectTask { Name = task.Name, SortOrder = i, PrintedNames = Variants(task.PrintedNames) };
            AddKey(tasks, task.Key, entity, $"$.project.tasks[{i}].key");
            foreach (var (result, j) in (task.Results ?? []).Select((r, j) => (r, j)))
            {
                var resultEntity = new ProjectResult
                {
                    Name = RichTextJson.ToMarkup(result.Name),
                    Characteristic = result.Characteristic is null ? null : RichTextJson.ToMarkup(result.Characteristic),
                    SortOrder = j,
                };
                AddKey(results, result.Key, resultEntity, $"$.project.tasks[{i}].results[{j}].key");
                entity.Results.Add(resultEntity);
            }

            project.Tasks.Add(entity);
        }
    }

    private static void AddLists(Project project, ProjectDto dto)
    {
        void List(IEnumerable<string>? items, ListItemKind kind) =>
            project.ListItems.AddRange((items ?? []).Select((text, i) => new ProjectListItem { Kind = kind, Text = text, SortOrder = i }));

        List(dto.Programmes, ListItemKind.Programme);
        List(dto.ExpectedResults, ListItemKind.ExpectedResult);
        List(dto.Risks?.External, ListItemKind.ExternalRisk);
        List(dto.Risks?.Internal, ListItemKind.InternalRisk);
    }

    private void AddIndicators(Project project, ProjectDto dto)
    {
        foreach (var (indicator, i) in (dto.Indicators ?? []).Select((x, i) => (x, i)))
        {
            var path = $"$.project.indicators[{i}]";
            var method = indicator.CalculationMethod;
            var entity = new Indicator
            {
                Type = indicator.Type,
                Name = indicator.Name,
                Unit = indicator.Unit,
                UnitInName = indicator.UnitInName ?? false,
                BaselineText = indicator.Baseline?.Value,
                Baseline = NumberPhrase.Parse(indicator.Baseline?.Value),
                BaselineDate = indicator.Baseline?.Date,
                SortOrder = i,
                MethodFormula = method?.Formula,
                MethodBaseIndicators = method?.BaseValue,
                DataSource = method?.DataSource,
                Collector = method?.DataCollector,
                AggregationLevel = method?.AggregationLevel,
                Periodicity = method?.Periodicity,
                AdditionalInfo = method?.AdditionalInfo,
                PrintedNames = Variants(indicator.PrintedNames),
            };
            CheckUniqueYears(indicator.Values, path + ".values");
            entity.Values.AddRange((indicator.Values ?? []).Select(v => new IndicatorValue
            {
                Year = v.Year,
                PlannedText = v.Value,
                Planned = NumberPhrase.Parse(v.Value),
            }));
            entity.Actuals.AddRange((indicator.Actuals ?? []).Select(a => new IndicatorActual
            {
                Year = a.Year,
                PeriodText = a.PeriodText,
                ValueText = a.Value,
                Value = NumberPhrase.Parse(a.Value),
                ReportedOn = a.ReportedOn,
                Comment = a.Comment,
            }));
            foreach (var (row, j) in (indicator.ByOrganisation ?? []).Select((r, j) => (r, j)))
            {
                CheckUniqueYears(row.Values, $"{path}.byOrganisation[{j}].values");
                var breakdown = new IndicatorBreakdown
                {
                    Organisation = row.OrganisationText,
                    BaselineText = row.Baseline?.Value,
                    Baseline = NumberPhrase.Parse(row.Baseline?.Value),
                    BaselineDate = row.Baseline?.Date,
                    SortOrder = j,
                };
                if (row.Organisation is { } orgKey && Lookup(organisations, orgKey, $"{path}.byOrganisation[{j}].organisation", "организация") is { } org)
                {
                    afterSave.Add(() => breakdown.OrganisationId = org.Id);
                }

                breakdown.Values.AddRange((row.Values ?? []).Select(v => new IndicatorBreakdownValue
                {
                    Year = v.Year,
                    Text = v.Value,
                    Value = NumberPhrase.Parse(v.Value),
                }));
                entity.Breakdown.Add(breakdown);
            }

            project.Indicators.Add(entity);
        }
    }

    private List<BudgetItem> BudgetItems(List<BudgetLineDto> lines, string path)
    {
        var items = new List<BudgetItem>();
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            var item = new BudgetItem { Title = line.Title, BudgetCode = line.BudgetCode, SortOrder = i };
            if (line.Stage is { } stageKey)
            {
                item.Stage = Lookup(stages, stageKey, $"{path}[{i}].stage", "этап");
            }

            if (line.Result is { } resultKey && Lookup(results, resultKey, $"{path}[{i}].result", "результат") is { } result)
            {
                afterSave.Add(() => item.ResultId = result.Id);
            }

            var order = new Dictionary<(string?, int?), int>();
            foreach (var (amount, j) in line.Amounts.Select((a, j) => (a, j)))
            {
                if (!NumberPhrase.IsDash(amount.Amount) && NumberPhrase.Parse(amount.Amount) is null)
                {
                    Problem($"{path}[{i}].amounts[{j}].amount", $"Сумма «{amount.Amount}» не является числом (млн рублей) или «-».");
                }

                var cell = (amount.Source, amount.Year);
                order[cell] = order.GetValueOrDefault(cell) + 1;
                item.Amounts.Add(new BudgetAmount
                {
                    FundingSource = amount.Source is null ? null : Lookup(sources, amount.Source, $"{path}[{i}].amounts[{j}].source", "источник финансирования"),
                    Year = amount.Year,
                    Text = amount.Amount,
                    Value = NumberPhrase.Parse(amount.Amount),
                    SortOrder = order[cell] - 1,
                });
            }

            items.Add(item);
        }

        return items;
    }

    private void AddParticipants(Project project, ProjectDto dto)
    {
        var order = project.Members.Count;
        foreach (var (group, i) in (dto.ParticipantGroups ?? []).Select((g, i) => (g, i)))
        {
            var entity = new ParticipantGroup { Kind = group.Kind, Title = group.Title, SortOrder = i };
            if (group.Result is { } resultKey && Lookup(results, resultKey, $"$.project.participantGroups[{i}].result", "результат") is { } result)
            {
                afterSave.Add(() => entity.ResultId = result.Id);
            }

            project.ParticipantGroups.Add(entity);
            foreach (var (row, j) in group.Participants.Select((r, j) => (r, j)))
            {
                var path = $"$.project.participantGroups[{i}].participants[{j}]";
                if (row.Person is null && row.NameText is null)
                {
                    Problem(path, "Участник: укажите человека (person) или текст (nameText).");
                }

                var employment = NumberPhrase.Parse(row.Employment);
                if (employment is < 0 or > 100)
                {
                    Problem(path + ".employment", $"Занятость «{row.Employment}» должна быть от 0 до 100 %.");
                }

                var member = new ProjectMember
                {
                    Role = row.Role,
                    Person = row.Person is null ? null : Lookup(people, row.Person, path + ".person", "человек"),
                    NameText = row.NameText,
                    Position = row.PositionText,
                    DirectSupervisor = row.SupervisorText,
                    EmploymentText = row.Employment,
                    Employment = employment,
                    Group = entity,
                    SortOrder = order++,
                };
                project.Members.Add(member);
                if (row.Supervisor is { } supervisorKey && Lookup(people, supervisorKey, path + ".supervisor", "человек") is { } supervisor)
                {
                    afterSave.Add(() => member.SupervisorPersonId = supervisor.Id);
                }
            }
        }
    }


    private void AddSections(Project project, ProjectDto dto)
    {
        foreach (var (section, i) in (dto.AdditionalMaterials ?? []).Select((s, i) => (s, i)))
        {
            var entity = new ProjectSection
            {
                Kind = section.Kind,
                Title = section.Title,
                Body = section.Blocks is null ? null : RichTextJson.ToMarkup(section.Blocks),
                TableColumns = section.Table?.Columns ?? [],
                TableRows = section.Table?.Rows ?? [],
                SortOrder = i,
            };
            project.Sections.Add(entity);
            foreach (var item in BudgetItems(section.Lines ?? [], $"$.project.additionalMaterials[{i}].lines"))
            {
                afterSave.Add(() =>
                {
                    item.ProjectId = entity.ProjectId;
                    item.SectionId = entity.Id;
                    db.BudgetItems.Add(item);
                });
            }
        }
    }

    private void AddForms(Project project, ProjectDto dto)
    {
        foreach (var (form, i) in (dto.Forms ?? []).Select((f, i) => (f, i)))
        {
            if (project.Forms.Any(f => f.Form == form.Form))
            {
                Problem($"$.project.forms[{i}].form", "Настройки этой формы указаны дважды.");
            }

            project.Forms.Add(new ProjectForm { Form = form.Form, Annex = form.Annex });

            foreach (var (signature, j) in (form.Signatures ?? []).Select((s, j) => (s, j)))
            {
                var person = signature.Person is null ? null : Lookup(people, signature.Person, $"$.project.forms[{i}].signatures[{j}].person", "человек");
                var entity = new FormSignature
                {
                    Form = form.Form,
                    Kind = signature.Kind,
                    AtTop = signature.Placement == SignaturePlacement.Top,
                    PositionText = signature.PositionText,
                    OrganisationText = signature.OrganisationText,
                    NameText = signature.NameText,
                    Date = signature.Date,
                    DateText = signature.DateText,
                    SortOrder = j,
                };
                project.Signatures.Add(entity);
                if (person is not null)
                {
                    afterSave.Add(() => entity.PersonId = person.Id);
                }
            }
        }
    }

    /// <summary>
    /// Links whose target rows get their ids only on insert (results, people, stages, sections). Call after the first
    /// SaveChanges of the new project, then save again; both saves belong to the caller's transaction.
    /// </summary>
    public void LinkSavedRows()
    {
        foreach (var link in afterSave)
        {
            link();
        }
    }

    private void DetachNewReferenceRows()
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private void AddPlan(Project project, List<PlanItemDto> items, PlanItem? parent, string path)
    {
        foreach (var (dto, i) in items.Select((x, i) => (x, i)))
        {
            var itemPath = $"{path}[{i}]";
            if (dto.Start is { } start && dto.End is { } end && end < start)
            {
                Problem(itemPath + ".end", $"Дата окончания {end:dd.MM.yyyy} раньше даты начала {start:dd.MM.yyyy}.");
            }

            var item = new PlanItem
            {
                Kind = dto.Kind,
                SortOrder = i,
                Name = dto.Name,
                StartDate = dto.Start,
                EndDate = dto.End,
                StartText = dto.StartText,
                EndText = dto.EndText,
                StartNote = dto.StartNote,
                EndNote = dto.EndNote,
                DeadlineText = dto.DeadlineText,
                ReportDates = dto.ReportDates ?? [],
                IndicatorName = dto.ResultIndicator?.Name,
                IndicatorUnit = dto.ResultIndicator?.Unit,
                PlannedValueText = dto.ResultIndicator?.PlannedValue,
                PlannedValue = NumberPhrase.Parse(dto.ResultIndicator?.PlannedValue),
                YearValues = (dto.Values ?? []).Select(v => new PlanYearValue { Year = v.Year, Text = v.Value }).ToList(),
                DocumentType = dto.DocumentType,
                ControlLevel = dto.ControlLevel,
                ControlLevelText = dto.ControlLevelText,
                Responsibles = Responsibles(dto.Responsible, itemPath + ".responsible"),
            };
            if (dto.Stage is { } stageKey && Lookup(stages, stageKey, itemPath + ".stage", "этап") is { } stage)
            {
                afterSave.Add(() => item.StageId = stage.Id);
            }

            if (dto.Task is { } taskKey && Lookup(tasks, taskKey, itemPath + ".task", "задача") is { } task)
            {
                afterSave.Add(() => item.TaskId = task.Id);
            }

            if (dto.Result is { } resultKey && Lookup(results, resultKey, itemPath + ".result", "результат") is { } result)
            {
                afterSave.Add(() => item.ResultId = result.Id);
            }

            if (dto.Key is { } key)
            {
                AddKey(planItems, key, item, itemPath + ".key");
            }

            project.PlanItems.Add(item);
            parent?.Children.Add(item);
            AddPlan(project, dto.Children ?? [], item, itemPath + ".children");
        }
    }

    private void AddControlEvents(Project project, ProjectDto dto)
    {
        foreach (var (ce, i) in (dto.ControlEvents ?? []).Select((x, i) => (x, i)))
        {
            var path = $"$.project.controlEvents[{i}]";
            var planItem = ce.PlanItem is null ? null : Lookup(planItems, ce.PlanItem, path + ".planItem", "пункт плана");
            if (planItem?.Kind != PlanItemKind.ControlPoint && (ce.Name is null || (ce.PlannedDate is null && ce.PlannedDateText is null)))
            {
                Problem(path, "Контрольное событие без контрольной точки должно иметь название и плановую дату.");
            }

            if (ce.Status == ControlEventStatus.Done && ce.DoneOn is null)
            {
                Problem(path + ".doneOn", "Для выполненного контрольного события нужна фактическая дата.");
            }

            if (ce.Status == ControlEventStatus.Cancelled && string.IsNullOrWhiteSpace(ce.CancelReason))
            {
                Problem(path + ".cancelReason", "Для отменённого контрольного события нужна причина.");
            }

            var entity = new ControlEvent
            {
                PlanItem = planItem,
                Name = ce.Name,
                PlannedDate = ce.PlannedDate,
                PlannedDateText = ce.PlannedDateText,
                SortOrder = i,
                Status = ce.Status,
                DoneOn = ce.DoneOn,
                Comment = ce.Comment,
                CancelReason = ce.CancelReason,
                Responsibles = Responsibles(ce.Responsible, path + ".responsible"),
            };
            if (ce.Stage is { } stageKey && Lookup(stages, stageKey, path + ".stage", "этап") is { } stage)
            {
                afterSave.Add(() => entity.StageId = stage.Id);
            }

            if (ce.DoneBy is { } doneBy && Lookup(people, doneBy, path + ".doneBy", "человек") is { } person)
            {
                afterSave.Add(() => entity.DoneByPersonId = person.Id);
            }

            project.ControlEvents.Add(entity);
        }
    }

    private void AddFootnotes(Project project, ProjectDto dto)
    {
        foreach (var (note, i) in (dto.Footnotes ?? []).Select((x, i) => (x, i)))
        {
            var entity = new Footnote { Form = note.Form, Marker = note.Marker, Text = note.Text, Caption = note.Caption, SortOrder = i };
            if (note.PlanItem is { } key && Lookup(planItems, key, $"$.project.footnotes[{i}].planItem", "пункт плана") is { } item)
            {
                afterSave.Add(() => entity.PlanItemId = item.Id);
            }

            project.Footnotes.Add(entity);
        }
    }

    private List<Responsible> Responsibles(List<ResponsibleDto>? entries, string path)
    {
        var list = new List<Responsible>();
        foreach (var (dto, i) in (entries ?? []).Select((x, i) => (x, i)))
        {
            if (dto.Person is null && dto.Text is null)
            {
                Problem($"{path}[{i}]", "Ответственный: укажите человека (person) или организацию текстом (text).");
            }

            var responsible = new Responsible
            {
                Person = dto.Person is null ? null : Lookup(people, dto.Person, $"{path}[{i}].person", "человек"),
                PositionText = dto.PositionText,
                NameText = dto.NameText,
                Email = dto.Email,
                Phone = dto.Phone,
                Text = dto.Text,
                SortOrder = i,
            };
            if (dto.Organisation is { } orgKey && Lookup(organisations, orgKey, $"{path}[{i}].organisation", "организация") is { } org)
            {
                afterSave.Add(() => responsible.OrganisationId = org.Id);
            }

            list.Add(responsible);
        }

        return list;
    }

    private T? Lookup<T>(Dictionary<string, T> byKey, string key, string path, string what) where T : class
    {
        if (byKey.TryGetValue(key, out var value))
        {
            return value;
        }

        Problem(path, $"Ссылка «{key}» не найдена ({what}).");
        return null;
    }

    private void AddKey<T>(Dictionary<string, T> byKey, string key, T value, string path)
    {
        if (!byKey.TryAdd(key, value))
        {
            Problem(path, $"Ключ «{key}» повторяется.");
        }
    }

    private void CheckUniqueKeys(IEnumerable<string> keys, string path)
    {
        foreach (var (key, i) in keys.Select((k, i) => (k, i)).GroupBy(x => x.k).Where(g => g.Count() > 1).Select(g => g.Skip(1).First()))
        {
            Problem($"{path}[{i}].key", $"Ключ «{key}» повторяется.");
        }
    }

    private void CheckUniqueYears(List<YearValueDto>? values, string path)
    {
        foreach (var duplicate in (values ?? []).GroupBy(v => v.Year).Where(g => g.Count() > 1))
        {
            Problem(path, string.Create(CultureInfo.InvariantCulture, $"Год {duplicate.Key} указан дважды."));
        }
    }

    private static List<TextVariant> Variants(List<TextVariantDto>? variants) =>
        (variants ?? []).Select(v => new TextVariant { Form = v.Form, Text = v.Text }).ToList();

    private void Problem(string path, string message) => problems.Add(new ImportProblem(path, message));

    private static string Fold(string text) => text.Trim().ToLowerInvariant().Replace('ё', 'е');
}
