using System.Globalization;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Data.Exchange;

/// <summary>The portal's organisations, people and funding sources that a document's keys stand for.</summary>
public sealed record ReferenceRows(
    IReadOnlyDictionary<string, Organisation> Organisations,
    IReadOnlyDictionary<string, Person> People,
    IReadOnlyDictionary<string, FundingSource> Sources);

/// <summary>
/// A projectoffice/1 document as a Project entity graph — the one mapping from the format to the model, used by the
/// importer (rows for the database) and by version snapshots (a detached graph that the printed forms read).
/// Every problem found on the way is collected with its JSON path.
/// </summary>
/// <remarks>
/// Some rows point at others by foreign key only (an item's result, a breakdown's organisation). Those links are
/// <see cref="Link"/>ed: a detached graph has made-up ids and sets them at once; rows for the database get their
/// ids on insert, so the links wait for <see cref="LinkSavedRows"/> after the first SaveChanges.
/// </remarks>
public sealed class ProjectGraph
{
    private readonly ReferenceRows references;
    private readonly bool detached;
    private readonly List<ImportProblem> problems = [];
    private readonly Dictionary<string, Stage> stages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectResult> results = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectTask> tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlanItem> planItems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Indicator> indicators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ControlEvent> controlEvents = new(StringComparer.Ordinal);
    private readonly List<Action> afterSave = [];
    private int lastId;
    private DateRange? period;

    private ProjectGraph(ReferenceRows references, bool detached, int lastId)
    {
        this.references = references;
        this.detached = detached;
        this.lastId = lastId;
    }

    public IReadOnlyList<ImportProblem> Problems => problems;

    /// <summary>Rows to add to a context: ids 0 (given on insert), links made by <see cref="LinkSavedRows"/>.</summary>
    public static ProjectGraph ForDatabase(ReferenceRows references) => new(references, detached: false, lastId: 0);

    /// <summary>A graph without a database: every row gets a made-up id above <paramref name="lastId"/>, every key is set.</summary>
    public static ProjectGraph Detached(ReferenceRows references, int lastId) => new(references, detached: true, lastId);

    public Project Build(ProjectDto dto, ProjectStatus status, DateTimeOffset updatedAt)
    {
        var project = new Project
        {
            Id = NextId(),
            Status = status,
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
            UpdatedAt = updatedAt,
        };
        if (project.EndDate < project.StartDate)
        {
            Problem("$.project.period.end", "Дата окончания проекта раньше даты начала.");
        }

        period = new DateRange(project.StartDate, project.EndDate);

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
        project.BudgetItems.AddRange(BudgetItems(project, dto.Budget?.Lines ?? [], section: null, "$.project.budget.lines"));
        AddTypedBudgetTotals(project, dto.Budget?.TypedTotals ?? []);
        AddParticipants(project, dto);
        AddSections(project, dto);
        AddForms(project, dto);
        AddPlan(project, dto.Plan?.Items ?? [], parent: null, "$.project.plan.items");
        AddControlEvents(project, dto);
        AddFootnotes(project, dto);
        AddRiskRegister(project, dto.RiskRegister);
        return project;
    }

    /// <summary>
    /// Makes the links whose target rows get their ids only on insert. Call after the first SaveChanges of the new
    /// project, then save again; both saves belong to the caller's transaction.
    /// </summary>
    public void LinkSavedRows()
    {
        foreach (var link in afterSave)
        {
            link();
        }

        afterSave.Clear();
    }

    private void Link(Action link)
    {
        if (detached)
        {
            link();
        }
        else
        {
            afterSave.Add(link);
        }
    }

    private void AddMentions(Project project, ProjectDto dto)
    {
        void Mention(PersonMentionDto? mention, MemberRole role, string path)
        {
            if (mention is null)
            {
                return;
            }

            var member = new ProjectMember
            {
                Id = NextId(),
                Role = role,
                Person = Lookup(references.People, mention.Person, path + ".person", "человек"),
                NameText = mention.NameText,
                Position = mention.PositionText,
                Email = mention.Email,
                Phone = mention.Phone,
                SortOrder = project.Members.Count,
            };
            Link(() => (member.ProjectId, member.PersonId) = (project.Id, member.Person?.Id));
            project.Members.Add(member);
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
                Problem(path, $"Этап «{stage.Name}» выходит за срок проекта {RussianDates.Period(project.StartDate, project.EndDate)}.");
            }

            var entity = new Stage
            {
                Id = NextId(),
                Name = stage.Name,
                StartDate = stage.Start,
                EndDate = stage.End,
                SortOrder = i,
                PrintedNames = Variants(stage.PrintedNames),
            };
            Link(() => entity.ProjectId = project.Id);
            AddKey(stages, stage.Key, entity, path + ".key");
            project.Stages.Add(entity);
        }
    }

    private void AddTasks(Project project, ProjectDto dto)
    {
        foreach (var (task, i) in (dto.Tasks ?? []).Select((t, i) => (t, i)))
        {
            var entity = new ProjectTask { Id = NextId(), Name = task.Name, SortOrder = i, PrintedNames = Variants(task.PrintedNames) };
            Link(() => entity.ProjectId = project.Id);
            AddKey(tasks, task.Key, entity, $"$.project.tasks[{i}].key");
            foreach (var (result, j) in (task.Results ?? []).Select((r, j) => (r, j)))
            {
                var resultEntity = new ProjectResult
                {
                    Id = NextId(),
                    Name = RichTextJson.ToMarkup(result.Name),
                    Characteristic = result.Characteristic is null ? null : RichTextJson.ToMarkup(result.Characteristic),
                    SortOrder = j,
                };
                Link(() => resultEntity.TaskId = entity.Id);
                AddKey(results, result.Key, resultEntity, $"$.project.tasks[{i}].results[{j}].key");
                entity.Results.Add(resultEntity);
            }

            project.Tasks.Add(entity);
        }
    }

    private void AddLists(Project project, ProjectDto dto)
    {
        void List(IEnumerable<string>? items, ListItemKind kind)
        {
            foreach (var (text, i) in (items ?? []).Select((text, i) => (text, i)))
            {
                var item = new ProjectListItem { Id = NextId(), Kind = kind, Text = text, SortOrder = i };
                Link(() => item.ProjectId = project.Id);
                project.ListItems.Add(item);
            }
        }

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
                Id = NextId(),
                Type = indicator.Type,
                Name = indicator.Name,
                Unit = indicator.Unit,
                UnitInName = indicator.UnitInName ?? false,
                Cumulative = indicator.Cumulative ?? false,
                BaselineText = indicator.Baseline?.Value,
                Baseline = Number(indicator.Baseline?.Value, path + ".baseline.value"),
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
            Link(() => entity.ProjectId = project.Id);
            indicators[indicator.Key] = entity;
            CheckUniqueYears(indicator.Values, path + ".values");
            foreach (var (v, k) in (indicator.Values ?? []).Select((v, k) => (v, k)))
            {
                var value = new IndicatorValue { Id = NextId(), Year = v.Year, PeriodText = v.PeriodText, PlannedText = v.Value, Planned = Number(v.Value, $"{path}.values[{k}].value") };
                Link(() => value.IndicatorId = entity.Id);
                entity.Values.Add(value);
            }

            foreach (var (a, k) in (indicator.Actuals ?? []).Select((a, k) => (a, k)))
            {
                var actual = new IndicatorActual
                {
                    Id = NextId(),
                    Year = a.Year,
                    PeriodText = a.PeriodText,
                    ValueText = a.Value,
                    Value = Number(a.Value, $"{path}.actuals[{k}].value"),
                    ReportedOn = a.ReportedOn,
                    Comment = a.Comment,
                };
                Link(() => actual.IndicatorId = entity.Id);
                entity.Actuals.Add(actual);
            }

            foreach (var (row, j) in (indicator.ByOrganisation ?? []).Select((r, j) => (r, j)))
            {
                CheckUniqueYears(row.Values, $"{path}.byOrganisation[{j}].values");
                var breakdown = new IndicatorBreakdown
                {
                    Id = NextId(),
                    Organisation = row.OrganisationText,
                    BaselineText = row.Baseline?.Value,
                    Baseline = Number(row.Baseline?.Value, $"{path}.byOrganisation[{j}].baseline.value"),
                    BaselineDate = row.Baseline?.Date,
                    SortOrder = j,
                };
                var organisation = Lookup(references.Organisations, row.Organisation, $"{path}.byOrganisation[{j}].organisation", "организация");
                Link(() => (breakdown.IndicatorId, breakdown.OrganisationId) = (entity.Id, organisation?.Id));
                foreach (var (v, k) in (row.Values ?? []).Select((v, k) => (v, k)))
                {
                    var value = new IndicatorBreakdownValue { Id = NextId(), Year = v.Year, Text = v.Value, Value = Number(v.Value, $"{path}.byOrganisation[{j}].values[{k}].value") };
                    Link(() => value.BreakdownId = breakdown.Id);
                    breakdown.Values.Add(value);
                }

                entity.Breakdown.Add(breakdown);
            }

            project.Indicators.Add(entity);
        }
    }

    private List<BudgetItem> BudgetItems(Project project, List<BudgetLineDto> lines, ProjectSection? section, string path)
    {
        var items = new List<BudgetItem>();
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            var item = new BudgetItem
            {
                Id = NextId(),
                Title = line.Title,
                BudgetCode = line.BudgetCode,
                DirectionNumber = string.IsNullOrWhiteSpace(line.Number) ? null : line.Number.Trim(),
                SortOrder = i,
                Stage = Lookup(stages, line.Stage, $"{path}[{i}].stage", "этап"),
            };
            var result = Lookup(results, line.Result, $"{path}[{i}].result", "результат");
            Link(() => (item.ProjectId, item.StageId, item.ResultId, item.SectionId) = (project.Id, item.Stage?.Id, result?.Id, section?.Id));

            // Several values typed into one cell keep their order within the cell.
            var order = new Dictionary<(string?, int?), int>();
            foreach (var (amount, j) in line.Amounts.Select((a, j) => (a, j)))
            {
                // The budget editor's own rule, so that import cannot store what the editor refuses (a negative sum, «1e5»).
                if (BudgetAmountText.Error(amount.Amount) is { } refused)
                {
                    Problem($"{path}[{i}].amounts[{j}].amount", $"Сумма «{amount.Amount}»: {refused}");
                }

                var cell = (amount.Source, amount.Year);
                order[cell] = order.GetValueOrDefault(cell) + 1;
                var entity = new BudgetAmount
                {
                    Id = NextId(),
                    FundingSource = Lookup(references.Sources, amount.Source, $"{path}[{i}].amounts[{j}].source", "источник финансирования"),
                    Year = amount.Year,
                    Text = amount.Amount,
                    Value = NumberPhrase.Parse(amount.Amount),
                    SortOrder = order[cell] - 1,
                };
                Link(() => (entity.BudgetItemId, entity.FundingSourceId) = (item.Id, entity.FundingSource?.Id));
                item.Amounts.Add(entity);
            }

            items.Add(item);
        }

        return items;
    }

    /// <summary>The budget's totals as the paper typed them: one per (source or all, year or all), amounts as the editor accepts.</summary>
    private void AddTypedBudgetTotals(Project project, List<BudgetAmountDto> totals)
    {
        var cells = new HashSet<(string?, int?)>();
        foreach (var (total, i) in totals.Select((t, i) => (t, i)))
        {
            var path = $"$.project.budget.typedTotals[{i}]";
            if (BudgetAmountText.Error(total.Amount) is { } refused)
            {
                Problem(path + ".amount", $"Сумма «{total.Amount}»: {refused}");
            }

            if (!cells.Add((total.Source, total.Year)))
            {
                Problem(path, "Итог этого источника и года уже указан выше.");
            }

            var entity = new TypedBudgetTotal
            {
                Id = NextId(),
                FundingSource = Lookup(references.Sources, total.Source, path + ".source", "источник финансирования"),
                Year = total.Year,
                Text = total.Amount.Trim(),
                Value = NumberPhrase.Parse(total.Amount),
            };
            Link(() => (entity.ProjectId, entity.FundingSourceId) = (project.Id, entity.FundingSource?.Id));
            project.TypedBudgetTotals.Add(entity);
        }
    }

    private void AddParticipants(Project project, ProjectDto dto)
    {
        foreach (var (group, i) in (dto.ParticipantGroups ?? []).Select((g, i) => (g, i)))
        {
            var entity = new ParticipantGroup { Id = NextId(), Kind = group.Kind, Title = group.Title, SortOrder = i };
            var result = Lookup(results, group.Result, $"$.project.participantGroups[{i}].result", "результат");
            Link(() => (entity.ProjectId, entity.ResultId) = (project.Id, result?.Id));
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
                    Id = NextId(),
                    Role = row.Role,
                    Person = Lookup(references.People, row.Person, path + ".person", "человек"),
                    NameText = row.NameText,
                    Position = row.PositionText,
                    DirectSupervisor = row.SupervisorText,
                    EmploymentText = row.Employment,
                    Employment = employment,
                    Group = entity,
                    SortOrder = project.Members.Count,
                };
                var supervisor = Lookup(references.People, row.Supervisor, path + ".supervisor", "человек");
                Link(() => (member.ProjectId, member.PersonId, member.GroupId, member.SupervisorPersonId) =
                    (project.Id, member.Person?.Id, entity.Id, supervisor?.Id));
                project.Members.Add(member);
            }
        }
    }

    private void AddSections(Project project, ProjectDto dto)
    {
        foreach (var (section, i) in (dto.AdditionalMaterials ?? []).Select((s, i) => (s, i)))
        {
            var entity = new ProjectSection
            {
                Id = NextId(),
                Kind = section.Kind,
                Title = section.Title,
                Body = section.Blocks is null ? null : RichTextJson.ToMarkup(section.Blocks),
                TableColumns = section.Table?.Columns ?? [],
                TableRows = section.Table?.Rows ?? [],
                SortOrder = i,
            };
            Link(() => entity.ProjectId = project.Id);
            project.Sections.Add(entity);
            project.BudgetItems.AddRange(BudgetItems(project, section.Lines ?? [], entity, $"$.project.additionalMaterials[{i}].lines"));
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

            var settings = new ProjectForm { Id = NextId(), Form = form.Form, Annex = form.Annex };
            Link(() => settings.ProjectId = project.Id);
            project.Forms.Add(settings);
            foreach (var (signature, j) in (form.Signatures ?? []).Select((s, j) => (s, j)))
            {
                var person = Lookup(references.People, signature.Person, $"$.project.forms[{i}].signatures[{j}].person", "человек");
                var entity = new FormSignature
                {
                    Id = NextId(),
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
                Link(() => (entity.ProjectId, entity.PersonId) = (project.Id, person?.Id));
                project.Signatures.Add(entity);
            }
        }
    }

    private void AddPlan(Project project, List<PlanItemDto> items, PlanItem? parent, string path)
    {
        foreach (var (dto, i) in items.Select((x, i) => (x, i)))
        {
            var itemPath = $"{path}[{i}]";
            if (dto.Start is { } start && dto.End is { } end && end < start)
            {
                Problem(itemPath + ".end", $"Дата окончания {RussianDates.Numeric(end)} раньше даты начала {RussianDates.Numeric(start)}.");
            }

            // A stage or task row prints its stage's or task's heading («2 этап. …», «Задача 1 …»), numbered by the passport.
            if (dto.Number is not null && dto.Kind is PlanItemKind.Stage or PlanItemKind.Task)
            {
                Problem(itemPath + ".number", "Свой номер бывает у строки плана, раздела или мероприятия, но не у этапа или задачи: их номер берётся из паспорта.");
            }

            var item = new PlanItem
            {
                Id = NextId(),
                Kind = dto.Kind,
                SortOrder = i,
                PrintedNumber = dto.Number?.Trim(),
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
                IndicatorUnit = dto.ResultIndicator?.Unit ?? dto.Unit,
                PlannedValueText = dto.ResultIndicator?.PlannedValue ?? dto.PlannedValue,
                PlannedValue = dto.ResultIndicator is not null
                    ? Number(dto.ResultIndicator.PlannedValue, itemPath + ".resultIndicator.plannedValue")
                    : Number(dto.PlannedValue, itemPath + ".plannedValue"),
                YearValues = (dto.Values ?? []).Select(v => new PlanYearValue { Year = v.Year, Text = v.Value }).ToList(),
                DocumentType = dto.DocumentType,
                ControlLevel = dto.ControlLevel,
                ControlLevelText = dto.ControlLevelText,
                ExecutorsOnLines = dto.ResponsibleOnLines ?? false,
            };
            if (dto.ResultIndicator is not null && (dto.Unit is not null || dto.PlannedValue is not null))
            {
                Problem(itemPath + (dto.Unit is not null ? ".unit" : ".plannedValue"),
                    "Единица и плановое значение пункта указываются либо в resultIndicator, либо в самом пункте — не в обоих местах.");
            }

            item.InterpretDeadline(period);
            item.Responsibles = Responsibles(dto.Responsible, itemPath + ".responsible", r => r.PlanItemId = item.Id);
            var stage = Lookup(stages, dto.Stage, itemPath + ".stage", "этап");
            var task = Lookup(tasks, dto.Task, itemPath + ".task", "задача");
            var result = Lookup(results, dto.Result, itemPath + ".result", "результат");
            Link(() => (item.ProjectId, item.ParentId, item.StageId, item.TaskId, item.ResultId) =
                (project.Id, parent?.Id, stage?.Id, task?.Id, result?.Id));
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
            var planItem = Lookup(planItems, ce.PlanItem, path + ".planItem", "пункт плана");
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
                Id = NextId(),
                PlanItem = planItem,
                Name = ce.Name,
                PlannedDate = ce.PlannedDate,
                PlannedDateText = ce.PlannedDateText,
                SortOrder = i,
                Status = ce.Status,
                DoneOn = ce.DoneOn,
                Comment = ce.Comment,
                CancelReason = ce.CancelReason,
            };
            entity.Responsibles = Responsibles(ce.Responsible, path + ".responsible", r => r.ControlEventId = entity.Id);
            var stage = Lookup(stages, ce.Stage, path + ".stage", "этап");
            var doneBy = Lookup(references.People, ce.DoneBy, path + ".doneBy", "человек");
            Link(() => (entity.ProjectId, entity.PlanItemId, entity.StageId, entity.DoneByPersonId) =
                (project.Id, planItem?.Id, stage?.Id, doneBy?.Id));
            if (detached)
            {
                // A snapshot names the evidence files; their contents stay with the live project and are not exchanged.
                entity.Evidence = (ce.Evidence ?? []).Select(name => new EvidenceFile { Id = NextId(), ControlEventId = entity.Id, FileName = name }).ToList();
            }

            // Measures of the register point at events by key; a repeated key was never refused, so the first one wins.
            controlEvents.TryAdd(ce.Key, entity);
            project.ControlEvents.Add(entity);
        }
    }

    /// <summary>The register: scored on the default matrix's scale, measures linking plan items and events of this document.</summary>
    private void AddRiskRegister(Project project, RiskRegisterDto? register)
    {
        var risks = new Dictionary<string, Risk>(StringComparer.Ordinal);
        var matrix = RiskMatrix.Default;
        foreach (var (dto, i) in (register?.Risks ?? []).Select((x, i) => (x, i)))
        {
            var path = $"$.project.riskRegister.risks[{i}]";
            foreach (var (mark, field, what) in new[] { (dto.Probability, "probability", "Вероятность"), (dto.Impact, "impact", "Влияние") })
            {
                if (RiskRules.MarkError(mark, matrix, what) is { } error)
                {
                    Problem($"{path}.{field}", error);
                }
            }

            if (RiskRules.ReviewDateError(dto.ReviewDate, new DateRange(project.StartDate, project.EndDate)) is { } dateError)
            {
                Problem(path + ".reviewDate", dateError);
            }

            var risk = new Risk
            {
                Id = NextId(),
                Kind = dto.Kind,
                Title = dto.Title,
                Description = dto.Description,
                Cause = dto.Cause,
                Consequence = dto.Consequence,
                Probability = dto.Probability,
                Impact = dto.Impact,
                Strategy = dto.Strategy,
                Trigger = dto.Trigger,
                ReviewDate = dto.ReviewDate,
                Status = dto.Status,
                PassportText = dto.PassportText,
                SortOrder = i,
            };
            var owner = Lookup(references.People, dto.Owner, path + ".owner", "человек");
            foreach (var (m, j) in (dto.Measures ?? []).Select((x, j) => (x, j)))
            {
                var measure = new RiskMeasure { Id = NextId(), Text = m.Text, SortOrder = j };
                var item = Lookup(planItems, m.PlanItem, $"{path}.measures[{j}].planItem", "пункт плана");
                var ev = Lookup(controlEvents, m.ControlEvent, $"{path}.measures[{j}].controlEvent", "контрольное событие");
                Link(() => (measure.RiskId, measure.PlanItemId, measure.ControlEventId) = (risk.Id, item?.Id, ev?.Id));
                risk.Measures.Add(measure);
            }

            risk.History = (dto.History ?? []).Select(h => new RiskStatusChange
            {
                Id = NextId(), At = h.At, From = h.From, To = h.To, UserName = h.UserName, Comment = h.Comment,
            }).ToList();
            Link(() =>
            {
                (risk.ProjectId, risk.OwnerPersonId) = (project.Id, owner?.Id);
                risk.History.ForEach(h => h.RiskId = risk.Id);
            });
            AddKey(risks, dto.Key, risk, path + ".key");
            project.Risks.Add(risk);
        }

        foreach (var (dto, i) in (register?.Problems ?? []).Select((x, i) => (x, i)))
        {
            var path = $"$.project.riskRegister.problems[{i}]";
            var problem = new ProjectProblem
            {
                Id = NextId(),
                Title = dto.Title,
                Description = dto.Description,
                Decision = dto.Decision,
                Deadline = dto.Deadline,
                Status = dto.Status,
                ResolvedOn = dto.ResolvedOn,
                SortOrder = i,
            };
            var risk = Lookup(risks, dto.Risk, path + ".risk", "риск");
            var responsible = Lookup(references.People, dto.Responsible, path + ".responsible", "человек");
            Link(() => (problem.ProjectId, problem.RiskId, problem.ResponsiblePersonId) = (project.Id, risk?.Id, responsible?.Id));
            project.Problems.Add(problem);
        }
    }

    private void AddFootnotes(Project project, ProjectDto dto)
    {
        foreach (var (note, i) in (dto.Footnotes ?? []).Select((x, i) => (x, i)))
        {
            var entity = new Footnote { Id = NextId(), Form = note.Form, Marker = note.Marker, Text = note.Text, Caption = note.Caption, SortOrder = i };
            entity.Cell = note.Cell ?? FootnoteCell.Name;
            var item = Lookup(planItems, note.PlanItem, $"$.project.footnotes[{i}].planItem", "пункт плана");
            var indicator = Lookup(indicators, note.Indicator, $"$.project.footnotes[{i}].indicator", "показатель");
            Link(() => (entity.ProjectId, entity.PlanItemId, entity.IndicatorId) = (project.Id, item?.Id, indicator?.Id));
            project.Footnotes.Add(entity);
        }
    }

    private List<Responsible> Responsibles(List<ResponsibleDto>? entries, string path, Action<Responsible> linkOwner)
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
                Id = NextId(),
                Person = Lookup(references.People, dto.Person, $"{path}[{i}].person", "человек"),
                PositionText = dto.PositionText,
                NameText = dto.NameText,
                Email = dto.Email,
                Phone = dto.Phone,
                Text = dto.Text,
                SortOrder = i,
            };
            var organisation = Lookup(references.Organisations, dto.Organisation, $"{path}[{i}].organisation", "организация");
            Link(() =>
            {
                linkOwner(responsible);
                (responsible.PersonId, responsible.OrganisationId) = (responsible.Person?.Id, organisation?.Id);
            });
            list.Add(responsible);
        }

        return list;
    }

    private int NextId() => detached ? ++lastId : 0;

    private T? Lookup<T>(IReadOnlyDictionary<string, T> byKey, string? key, string path, string what) where T : class
    {
        if (key is null)
        {
            return null;
        }

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

    private void CheckUniqueYears(List<YearValueDto>? values, string path)
    {
        foreach (var duplicate in (values ?? []).GroupBy(v => v.Year).Where(g => g.Count() > 1))
        {
            Problem(path, string.Create(CultureInfo.InvariantCulture, $"Год {duplicate.Key} указан дважды."));
        }
    }

    private static List<TextVariant> Variants(List<TextVariantDto>? variants) =>
        (variants ?? []).Select(v => new TextVariant { Form = v.Form, Text = v.Text }).ToList();

    /// <summary>The number a typed value holds, with the editors' «слишком большое число» rule reported at its path.</summary>
    private decimal? Number(string? text, string path)
    {
        if (NumberPhrase.SizeError(text) is { } tooLarge)
        {
            Problem(path, tooLarge);
        }

        return NumberPhrase.Parse(text);
    }

    private void Problem(string path, string message) => problems.Add(new ImportProblem(path, message));
}
