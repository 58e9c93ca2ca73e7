using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Data.Versions;

/// <summary>
/// A projectoffice/1 document as a detached Project entity graph, without a database: what the printed forms
/// need to print a frozen version exactly as it was approved. Ids are made up (unique across the graph) and every
/// foreign key is set together with its navigation, so code written for loaded projects works on it unchanged.
/// </summary>
public static class ProjectSnapshot
{
    /// <param name="status">A frozen version is an approved passport; pass another status for other documents.</param>
    public static Project ToProject(ProjectDocument document, ProjectStatus status = ProjectStatus.Approved)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new Builder(document).Build(status);
    }

    private sealed class Builder(ProjectDocument document)
    {
        private readonly Dictionary<string, Organisation> organisations = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Person> people = new(StringComparer.Ordinal);
        private readonly Dictionary<string, FundingSource> sources = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Stage> stages = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ProjectTask> tasks = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ProjectResult> results = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PlanItem> planItems = new(StringComparer.Ordinal);
        private int lastId;

        public Project Build(ProjectStatus status)
        {
            ReferenceLists();
            var dto = document.Project;
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
            };
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

            Mentions(project, dto);
            Stages(project, dto);
            Tasks(project, dto);
            Lists(project, dto);
            Indicators(project, dto);
            project.BudgetItems.AddRange(BudgetItems(project, dto.Budget?.Lines ?? [], sectionId: null));
            Participants(project, dto);
            Sections(project, dto);
            Forms(project, dto);
            Plan(project, dto.Plan?.Items ?? [], parent: null);
            ControlEvents(project, dto);
            Footnotes(project, dto);
            return project;
        }

        private void ReferenceLists()
        {
            foreach (var o in document.Organisations)
            {
                organisations[o.Key] = new Organisation { Id = NextId(), Name = o.Name, ShortName = o.ShortName };
            }

            foreach (var p in document.People)
            {
                var organisation = Find(organisations, p.Organisation);
                people[p.Key] = new Person
                {
                    Id = NextId(),
                    FullName = p.FullName,
                    Position = p.Position,
                    Email = p.Email,
                    Phone = p.Phone,
                    Organisation = organisation,
                    OrganisationId = organisation?.Id,
                };
            }

            foreach (var (f, i) in document.FundingSources.Select((f, i) => (f, i)))
            {
                sources[f.Key] = new FundingSource { Id = NextId(), Name = f.Name, NameGenitive = f.NameGenitive, SortOrder = i };
            }
        }

        private void Mentions(Project project, ProjectDto dto)
        {
            void Mention(PersonMentionDto? mention, MemberRole role)
            {
                if (mention is null)
                {
                    return;
                }

                var person = Find(people, mention.Person);
                project.Members.Add(new ProjectMember
                {
                    Id = NextId(),
                    ProjectId = project.Id,
                    Role = role,
                    Person = person,
                    PersonId = person?.Id,
                    NameText = mention.NameText,
                    Position = mention.PositionText,
                    Email = mention.Email,
                    Phone = mention.Phone,
                    SortOrder = project.Members.Count,
                });
            }

            Mention(dto.Initiator, MemberRole.Initiator);
            Mention(dto.Curator, MemberRole.Curator);
            Mention(dto.Leader, MemberRole.Leader);
            Mention(dto.DeputyLeader, MemberRole.DeputyLeader);
            Mention(dto.Administrator, MemberRole.Administrator);
            Mention(dto.Coordinator, MemberRole.Coordinator);
            foreach (var executor in dto.Executors ?? [])
            {
                Mention(executor, MemberRole.Executor);
            }
        }

        private void Stages(Project project, ProjectDto dto)
        {
            foreach (var (s, i) in (dto.Stages ?? []).Select((s, i) => (s, i)))
            {
                var stage = new Stage
                {
                    Id = NextId(),
                    ProjectId = project.Id,
                    Name = s.Name,
                    StartDate = s.Start,
                    EndDate = s.End,
                    SortOrder = i,
                    PrintedNames = Variants(s.PrintedNames),
                };
                stages[s.Key] = stage;
                project.Stages.Add(stage);
            }
        }

        private void Tasks(Project project, ProjectDto dto)
        {
            foreach (var (t, i) in (dto.Tasks ?? []).Select((t, i) => (t, i)))
            {
                var task = new ProjectTask { Id = NextId(), ProjectId = project.Id, Name = t.Name, SortOrder = i, PrintedNames = Variants(t.PrintedNames) };
                foreach (var (r, j) in (t.Results ?? []).Select((r, j) => (r, j)))
                {
                    var result = new ProjectResult
                    {
                        Id = NextId(),
                        TaskId = task.Id,
                        Name = RichTextJson.ToMarkup(r.Name),
                        Characteristic = r.Characteristic is null ? null : RichTextJson.ToMarkup(r.Characteristic),
                        SortOrder = j,
                    };
                    results[r.Key] = result;
                    task.Results.Add(result);
                }

                tasks[t.Key] = task;
                project.Tasks.Add(task);
            }
        }

        private void Lists(Project project, ProjectDto dto)
        {
            void List(IEnumerable<string>? items, ListItemKind kind) =>
                project.ListItems.AddRange((items ?? []).Select((text, i) => new ProjectListItem
                {
                    Id = NextId(),
                    ProjectId = project.Id,
                    Kind = kind,
                    Text = text,
                    SortOrder = i,
                }));

            List(dto.Programmes, ListItemKind.Programme);
            List(dto.ExpectedResults, ListItemKind.ExpectedResult);
            List(dto.Risks?.External, ListItemKind.ExternalRisk);
            List(dto.Risks?.Internal, ListItemKind.InternalRisk);
        }

        private void Indicators(Project project, ProjectDto dto)
        {
            foreach (var (x, i) in (dto.Indicators ?? []).Select((x, i) => (x, i)))
            {
                var method = x.CalculationMethod;
                var indicator = new Indicator
                {
                    Id = NextId(),
                    ProjectId = project.Id,
                    Type = x.Type,
                    Name = x.Name,
                    Unit = x.Unit,
                    UnitInName = x.UnitInName ?? false,
                    BaselineText = x.Baseline?.Value,
                    Baseline = NumberPhrase.Parse(x.Baseline?.Value),
                    BaselineDate = x.Baseline?.Date,
                    SortOrder = i,
                    MethodFormula = method?.Formula,
                    MethodBaseIndicators = method?.BaseValue,
                    DataSource = method?.DataSource,
                    Collector = method?.DataCollector,
                    AggregationLevel = method?.AggregationLevel,
                    Periodicity = method?.Periodicity,
                    AdditionalInfo = method?.AdditionalInfo,
                    PrintedNames = Variants(x.PrintedNames),
                };
                indicator.Values.AddRange((x.Values ?? []).Select(v => new IndicatorValue
                {
                    Id = NextId(),
                    IndicatorId = indicator.Id,
                    Year = v.Year,
                    PlannedText = v.Value,
                    Planned = NumberPhrase.Parse(v.Value),
                }));
                indicator.Actuals.AddRange((x.Actuals ?? []).Select(a => new IndicatorActual
                {
                    Id = NextId(),
                    IndicatorId = indicator.Id,
                    Year = a.Year,
                    PeriodText = a.PeriodText,
                    ValueText = a.Value,
                    Value = NumberPhrase.Parse(a.Value),
                    ReportedOn = a.ReportedOn,
                    Comment = a.Comment,
                }));
                foreach (var (row, j) in (x.ByOrganisation ?? []).Select((r, j) => (r, j)))
                {
                    var breakdown = new IndicatorBreakdown
                    {
                        Id = NextId(),
                        IndicatorId = indicator.Id,
                        Organisation = row.OrganisationText,
                        OrganisationId = Find(organisations, row.Organisation)?.Id,
                        BaselineText = row.Baseline?.Value,
                        Baseline = NumberPhrase.Parse(row.Baseline?.Value),
                        BaselineDate = row.Baseline?.Date,
                        SortOrder = j,
                    };
                    breakdown.Values.AddRange((row.Values ?? []).Select(v => new IndicatorBreakdownValue
                    {
                        Id = NextId(),
                        BreakdownId = breakdown.Id,
                        Year = v.Year,
                        Text = v.Value,
                        Value = NumberPhrase.Parse(v.Value),
                    }));
                    indicator.Breakdown.Add(breakdown);
                }

                project.Indicators.Add(indicator);
            }
        }

        private List<BudgetItem> BudgetItems(Project project, List<BudgetLineDto> lines, int? sectionId)
        {
            var items = new List<BudgetItem>();
            foreach (var (line, i) in lines.Select((l, i) => (l, i)))
            {
                var stage = Find(stages, line.Stage);
                var item = new BudgetItem
                {
                    Id = NextId(),
                    ProjectId = project.Id,
                    SectionId = sectionId,
                    Stage = stage,
                    StageId = stage?.Id,
                    Title = line.Title,
                    ResultId = Find(results, line.Result)?.Id,
                    BudgetCode = line.BudgetCode,
                    SortOrder = i,
                };
                // Several values typed into one cell keep their order within the cell.
                var order = new Dictionary<(string?, int?), int>();
                foreach (var amount in line.Amounts)
                {
                    var cell = (amount.Source, amount.Year);
                    order[cell] = order.GetValueOrDefault(cell) + 1;
                    var source = Find(sources, amount.Source);
                    item.Amounts.Add(new BudgetAmount
                    {
                        Id = NextId(),
                        BudgetItemId = item.Id,
                        FundingSource = source,
                        FundingSourceId = source?.Id,
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

        private void Participants(Project project, ProjectDto dto)
        {
            foreach (var (g, i) in (dto.ParticipantGroups ?? []).Select((g, i) => (g, i)))
            {
                var group = new ParticipantGroup
                {
                    Id = NextId(),
                    ProjectId = project.Id,
                    Kind = g.Kind,
                    Title = g.Title,
                    ResultId = Find(results, g.Result)?.Id,
                    SortOrder = i,
                };
                project.ParticipantGroups.Add(group);
                foreach (var row in g.Participants)
                {
                    var person = Find(people, row.Person);
                    project.Members.Add(new ProjectMember
                    {
                        Id = NextId(),
                        ProjectId = project.Id,
                        Role = row.Role,
                        Person = person,
                        PersonId = person?.Id,
                        NameText = row.NameText,
                        Position = row.PositionText,
                        DirectSupervisor = row.SupervisorText,
                        SupervisorPersonId = Find(people, row.Supervisor)?.Id,
                        EmploymentText = row.Employment,
                        Employment = NumberPhrase.Parse(row.Employment),
                        Group = group,
                        GroupId = group.Id,
                        SortOrder = project.Members.Count,
                    });
                }
            }
        }

        private void Sections(Project project, ProjectDto dto)
        {
            foreach (var (s, i) in (dto.AdditionalMaterials ?? []).Select((s, i) => (s, i)))
            {
                var section = new ProjectSection
                {
                    Id = NextId(),
                    ProjectId = project.Id,
                    Kind = s.Kind,
                    Title = s.Title,
                    Body = s.Blocks is null ? null : RichTextJson.ToMarkup(s.Blocks),
                    TableColumns = s.Table?.Columns ?? [],
                    TableRows = s.Table?.Rows ?? [],
                    SortOrder = i,
                };
                project.Sections.Add(section);
                project.BudgetItems.AddRange(BudgetItems(project, s.Lines ?? [], section.Id));
            }
        }

        private void Forms(Project project, ProjectDto dto)
        {
            foreach (var form in dto.Forms ?? [])
            {
                project.Forms.Add(new ProjectForm { Id = NextId(), ProjectId = project.Id, Form = form.Form, Annex = form.Annex });
                foreach (var (s, j) in (form.Signatures ?? []).Select((s, j) => (s, j)))
                {
                    project.Signatures.Add(new FormSignature
                    {
                        Id = NextId(),
                        ProjectId = project.Id,
                        Form = form.Form,
                        Kind = s.Kind,
                        AtTop = s.Placement == SignaturePlacement.Top,
                        PersonId = Find(people, s.Person)?.Id,
                        PositionText = s.PositionText,
                        OrganisationText = s.OrganisationText,
                        NameText = s.NameText,
                        Date = s.Date,
                        DateText = s.DateText,
                        SortOrder = j,
                    });
                }
            }
        }

        private void Plan(Project project, List<PlanItemDto> items, PlanItem? parent)
        {
            foreach (var (dto, i) in items.Select((x, i) => (x, i)))
            {
                var item = new PlanItem
                {
                    Id = NextId(),
                    ProjectId = project.Id,
                    ParentId = parent?.Id,
                    Kind = dto.Kind,
                    SortOrder = i,
                    Name = dto.Name,
                    StageId = Find(stages, dto.Stage)?.Id,
                    TaskId = Find(tasks, dto.Task)?.Id,
                    ResultId = Find(results, dto.Result)?.Id,
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
                };
                item.Responsibles = Responsibles(dto.Responsible, r => r.PlanItemId = item.Id);
                if (dto.Key is { } key)
                {
                    planItems[key] = item;
                }

                project.PlanItems.Add(item);
                parent?.Children.Add(item);
                Plan(project, dto.Children ?? [], item);
            }
        }

        private void ControlEvents(Project project, ProjectDto dto)
        {
            foreach (var (ce, i) in (dto.ControlEvents ?? []).Select((x, i) => (x, i)))
            {
                var planItem = Find(planItems, ce.PlanItem);
                var entity = new ControlEvent
                {
                    Id = NextId(),
                    ProjectId = project.Id,
                    PlanItem = planItem,
                    PlanItemId = planItem?.Id,
                    Name = ce.Name,
                    PlannedDate = ce.PlannedDate,
                    PlannedDateText = ce.PlannedDateText,
                    StageId = Find(stages, ce.Stage)?.Id,
                    SortOrder = i,
                    Status = ce.Status,
                    DoneOn = ce.DoneOn,
                    DoneByPersonId = Find(people, ce.DoneBy)?.Id,
                    Comment = ce.Comment,
                    CancelReason = ce.CancelReason,
                };
                entity.Responsibles = Responsibles(ce.Responsible, r => r.ControlEventId = entity.Id);
                // A snapshot names the evidence files; their contents stay with the live project.
                entity.Evidence = (ce.Evidence ?? []).Select(name => new EvidenceFile { Id = NextId(), ControlEventId = entity.Id, FileName = name }).ToList();
                project.ControlEvents.Add(entity);
            }
        }

        private void Footnotes(Project project, ProjectDto dto)
        {
            foreach (var (note, i) in (dto.Footnotes ?? []).Select((x, i) => (x, i)))
            {
                project.Footnotes.Add(new Footnote
                {
                    Id = NextId(),
                    ProjectId = project.Id,
                    Form = note.Form,
                    Marker = note.Marker,
                    Text = note.Text,
                    PlanItemId = Find(planItems, note.PlanItem)?.Id,
                    Caption = note.Caption,
                    SortOrder = i,
                });
            }
        }

        private List<Responsible> Responsibles(List<ResponsibleDto>? entries, Action<Responsible> owner)
        {
            var list = new List<Responsible>();
            foreach (var (dto, i) in (entries ?? []).Select((x, i) => (x, i)))
            {
                var person = Find(people, dto.Person);
                var responsible = new Responsible
                {
                    Id = NextId(),
                    Person = person,
                    PersonId = person?.Id,
                    PositionText = dto.PositionText,
                    NameText = dto.NameText,
                    Email = dto.Email,
                    Phone = dto.Phone,
                    Text = dto.Text,
                    OrganisationId = Find(organisations, dto.Organisation)?.Id,
                    SortOrder = i,
                };
                owner(responsible);
                list.Add(responsible);
            }

            return list;
        }

        private int NextId() => ++lastId;

        private static T? Find<T>(Dictionary<string, T> byKey, string? key) where T : class =>
            key is not null && byKey.TryGetValue(key, out var value) ? value : null;

        private static List<TextVariant> Variants(List<TextVariantDto>? variants) =>
            (variants ?? []).Select(v => new TextVariant { Form = v.Form, Text = v.Text }).ToList();
    }
}
