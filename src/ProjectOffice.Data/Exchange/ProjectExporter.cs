using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Data.Exchange;

/// <summary>
/// Writes a project as a projectoffice/1 document. Keys are made from position (p1, s1, t1, r1 …), so exporting
/// an imported export gives the same document.
/// </summary>
public sealed class ProjectExporter(AppDbContext db)
{
    private readonly Dictionary<int, string> personKeys = [];
    private readonly Dictionary<int, string> organisationKeys = [];
    private readonly Dictionary<int, string> sourceKeys = [];
    private readonly Dictionary<int, string> stageKeys = [];
    private readonly Dictionary<int, string> taskKeys = [];
    private readonly Dictionary<int, string> resultKeys = [];
    private readonly Dictionary<int, string> planItemKeys = [];
    private readonly Dictionary<int, string> indicatorKeys = [];
    private readonly Dictionary<int, string> controlEventKeys = [];
    private Dictionary<int, Person> people = [];
    private Dictionary<int, Organisation> organisations = [];
    private Dictionary<int, FundingSource> sources = [];

    public async Task<ProjectDocument?> ExportAsync(int projectId, CancellationToken ct)
    {
        var project = await LoadAsync(projectId, ct);
        if (project is null)
        {
            return null;
        }

        people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
        sources = await db.FundingSources.AsNoTracking().ToDictionaryAsync(f => f.Id, ct);

        var dto = Project(project);
        return new ProjectDocument
        {
            Format = ProjectDocument.CurrentFormat,
            Project = dto,
            // People are written before organisations are collected: people name their organisation.
            People = PeopleList(),
            Organisations = organisationKeys.Select(o => new OrganisationDto
            {
                Key = o.Value,
                Name = organisations[o.Key].Name,
                ShortName = organisations[o.Key].ShortName,
            }).ToList(),
            FundingSources = sourceKeys.OrderBy(s => sources[s.Key].SortOrder).ThenBy(s => s.Key).Select(s => new FundingSourceDto
            {
                Key = s.Value,
                Name = sources[s.Key].Name,
                NameGenitive = sources[s.Key].NameGenitive,
            }).ToList(),
        };
    }

    private async Task<Project?> LoadAsync(int projectId, CancellationToken ct) =>
        await db.Projects.AsNoTracking().AsSplitQuery()
            .Include(p => p.Members).Include(p => p.ParticipantGroups).Include(p => p.Stages)
            .Include(p => p.Tasks).ThenInclude(t => t.Results)
            .Include(p => p.ListItems)
            .Include(p => p.Indicators).ThenInclude(i => i.Values)
            .Include(p => p.Indicators).ThenInclude(i => i.Actuals)
            .Include(p => p.Indicators).ThenInclude(i => i.Breakdown).ThenInclude(b => b.Values)
            .Include(p => p.BudgetItems).ThenInclude(b => b.Amounts)
            .Include(p => p.TypedBudgetTotals)
            .Include(p => p.Sections).Include(p => p.Signatures).Include(p => p.Forms)
            .Include(p => p.PlanItems).ThenInclude(i => i.Responsibles)
            .Include(p => p.ControlEvents).ThenInclude(e => e.Responsibles)
            .Include(p => p.ControlEvents).ThenInclude(e => e.Evidence.OrderBy(f => f.Id))
            .Include(p => p.Footnotes)
            .Include(p => p.Risks).ThenInclude(r => r.Measures)
            .Include(p => p.Risks).ThenInclude(r => r.History)
            .Include(p => p.Problems)
            .SingleOrDefaultAsync(p => p.Id == projectId, ct);

    private ProjectDto Project(Project p)
    {
        var stages = p.Stages.OrderBy(s => s.SortOrder).ToList();
        for (var i = 0; i < stages.Count; i++)
        {
            stageKeys[stages[i].Id] = Key("s", i);
        }

        var tasks = p.Tasks.OrderBy(t => t.SortOrder).ToList();
        var resultCount = 0;
        foreach (var (task, i) in tasks.Select((t, i) => (t, i)))
        {
            taskKeys[task.Id] = Key("t", i);
            foreach (var result in task.Results.OrderBy(r => r.SortOrder))
            {
                resultKeys[result.Id] = Key("r", resultCount++);
            }
        }

        var members = p.Members.Where(m => m.GroupId is null).OrderBy(m => m.SortOrder).ToList();
        PersonMentionDto? Single(MemberRole role) => members.Where(m => m.Role == role).Select(Mention).FirstOrDefault();
        var passportBudget = p.BudgetItems.Where(b => b.SectionId is null).OrderBy(b => b.SortOrder).ToList();

        var dto = new ProjectDto
        {
            Layout = p.Layout,
            Level = p.Level,
            Kind = p.Kind,
            Name = p.Name,
            ShortName = p.ShortName,
            NationalProject = p.NationalProject,
            FederalProject = p.FederalProject,
            RegionalProject = p.RegionalProject,
            Municipality = p.Municipality,
            StrategicGoals = StrategicGoals(p),
            FunctionalBlock = p.FunctionalBlock,
            Period = new PeriodDto { Start = p.StartDate, End = p.EndDate },
            Initiator = Single(MemberRole.Initiator),
            Curator = Single(MemberRole.Curator),
            Leader = Single(MemberRole.Leader),
            DeputyLeader = Single(MemberRole.DeputyLeader),
            Administrator = Single(MemberRole.Administrator),
            Coordinator = Single(MemberRole.Coordinator),
            Executors = NullIfEmpty(members.Where(m => m.Role == MemberRole.Executor).Select(Mention).ToList()),
            InitiationBasis = p.Basis,
            Programmes = ListOf(p, ListItemKind.Programme),
            Goal = p.Goal,
            Indicators = NullIfEmpty(p.Indicators.OrderBy(i => i.SortOrder).Select(Indicator).ToList()),
            Tasks = NullIfEmpty(tasks.Select(Task).ToList()),
            ExpectedResults = ListOf(p, ListItemKind.ExpectedResult),
            Stages = NullIfEmpty(stages.Select(s => new StageDto
            {
                Key = stageKeys[s.Id],
                Name = s.Name,
                Start = s.StartDate,
                End = s.EndDate,
                PrintedNames = Variants(s.PrintedNames),
            }).ToList()),
            Budget = passportBudget.Count == 0 && p.TypedBudgetTotals.Count == 0 ? null : new BudgetDto
            {
                Breakdown = p.BudgetBreakdown,
                Lines = passportBudget.Select(BudgetLine).ToList(),
                TypedTotals = NullIfEmpty(p.TypedBudgetTotals
                    .OrderBy(t => t.FundingSourceId is { } id ? sources[id].SortOrder : -1).ThenBy(t => t.FundingSourceId).ThenBy(t => t.Year)
                    .Select(t => new BudgetAmountDto { Source = t.FundingSourceId is { } id ? SourceKey(id) : null, Year = t.Year, Amount = t.Text })
                    .ToList()),
            },
            RelatedProjectsText = p.RelatedProjects,
            Risks = Risks(p),
            ParticipantGroups = NullIfEmpty(ParticipantGroups(p)),
            AdditionalMaterials = NullIfEmpty(p.Sections.OrderBy(s => s.SortOrder).Select(s => Section(s, p)).ToList()),
            Forms = NullIfEmpty(Forms(p)),
        };
        var roots = p.PlanItems.Where(i => i.ParentId is null).OrderBy(i => i.SortOrder).ToList();
        var planCount = 0;
        dto.Plan = roots.Count == 0 ? null : new PlanDto { Items = roots.Select(i => PlanItem(i, p, ref planCount)).ToList() };
        dto.ControlEvents = NullIfEmpty(p.ControlEvents.OrderBy(e => e.SortOrder).Select((e, i) => ControlEvent(e, i)).ToList());
        dto.Footnotes = NullIfEmpty(p.Footnotes.OrderBy(f => f.SortOrder).Select(f => new FootnoteDto
        {
            Form = f.Form,
            Marker = f.Marker,
            Text = f.Text,
            PlanItem = f.PlanItemId is { } id ? planItemKeys[id] : null,
            Cell = f.PlanItemId is null || f.Cell == FootnoteCell.Name ? null : f.Cell,
            Indicator = f.IndicatorId is { } indicator ? indicatorKeys[indicator] : null,
            Caption = f.Caption,
        }).ToList());
        dto.RiskRegister = RiskRegister(p);
        return dto;
    }

    private RiskRegisterDto? RiskRegister(Project p)
    {
        if (p.Risks.Count == 0 && p.Problems.Count == 0)
        {
            return null;
        }

        var risks = p.Risks.OrderBy(r => r.SortOrder).ThenBy(r => r.Id).ToList();
        var riskKeys = risks.Select((r, i) => (r.Id, Key: Key("rk", i))).ToDictionary(x => x.Id, x => x.Key);
        return new RiskRegisterDto
        {
            Risks = NullIfEmpty(risks.Select(r => new RiskDto
            {
                Key = riskKeys[r.Id],
                Kind = r.Kind,
                Title = r.Title,
                Description = r.Description,
                Cause = r.Cause,
                Consequence = r.Consequence,
                Owner = r.OwnerPersonId is { } owner ? PersonKey(owner) : null,
                Probability = r.Probability,
                Impact = r.Impact,
                Strategy = r.Strategy,
                Trigger = r.Trigger,
                ReviewDate = r.ReviewDate,
                Status = r.Status,
                PassportText = r.PassportText,
                Measures = NullIfEmpty(r.Measures.OrderBy(m => m.SortOrder).ThenBy(m => m.Id).Select(m => new RiskMeasureDto
                {
                    Text = m.Text,
                    PlanItem = m.PlanItemId is { } item ? planItemKeys.GetValueOrDefault(item) : null,
                    ControlEvent = m.ControlEventId is { } ev ? controlEventKeys.GetValueOrDefault(ev) : null,
                }).ToList()),
                History = NullIfEmpty(r.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new RiskStatusChangeDto
                {
                    At = h.At,
                    From = h.From,
                    To = h.To,
                    UserName = h.UserName,
                    Comment = h.Comment,
                }).ToList()),
            }).ToList()),
            Problems = NullIfEmpty(p.Problems.OrderBy(x => x.SortOrder).ThenBy(x => x.Id).Select(x => new ProblemDto
            {
                Risk = x.RiskId is { } risk ? riskKeys.GetValueOrDefault(risk) : null,
                Title = x.Title,
                Description = x.Description,
                Decision = x.Decision,
                Responsible = x.ResponsiblePersonId is { } person ? PersonKey(person) : null,
                Deadline = x.Deadline,
                Status = x.Status,
                ResolvedOn = x.ResolvedOn,
            }).ToList()),
        };
    }

    private static List<StrategicGoalDto>? StrategicGoals(Project p)
    {
        var goals = new List<StrategicGoalDto>();
        if (p.StrategicGoalRegion is not null)
        {
            goals.Add(new StrategicGoalDto { Scope = GoalScope.Region, Caption = p.StrategicGoalRegionCaption, Text = p.StrategicGoalRegion });
        }

        if (p.StrategicGoalCity is not null)
        {
            goals.Add(new StrategicGoalDto { Scope = GoalScope.City, Caption = p.StrategicGoalCityCaption, Text = p.StrategicGoalCity });
        }

        return NullIfEmpty(goals);
    }

    private PersonMentionDto Mention(ProjectMember m) => new()
    {
        Person = PersonKey(m.PersonId!.Value),
        PositionText = m.Position,
        NameText = m.NameText,
        Email = m.Email,
        Phone = m.Phone,
    };

    private static List<string>? ListOf(Project p, ListItemKind kind) =>
        NullIfEmpty(p.ListItems.Where(i => i.Kind == kind).OrderBy(i => i.SortOrder).Select(i => i.Text).ToList());

    private static RisksDto? Risks(Project p)
    {
        var external = ListOf(p, ListItemKind.ExternalRisk);
        var @internal = ListOf(p, ListItemKind.InternalRisk);
        return external is null && @internal is null ? null : new RisksDto { External = external, Internal = @internal };
    }

    private TaskDto Task(ProjectTask t) => new()
    {
        Key = taskKeys[t.Id],
        Name = t.Name,
        PrintedNames = Variants(t.PrintedNames),
        Results = NullIfEmpty(t.Results.OrderBy(r => r.SortOrder).Select(r => new ResultDto
        {
            Key = resultKeys[r.Id],
            Name = RichTextJson.FromMarkup(r.Name),
            Characteristic = r.Characteristic is null ? null : RichTextJson.FromMarkup(r.Characteristic),
        }).ToList()),
    };

    private IndicatorDto Indicator(Indicator i, int index)
    {
        var method = new CalculationMethodDto
        {
            Formula = i.MethodFormula,
            BaseValue = i.MethodBaseIndicators,
            DataSource = i.DataSource,
            DataCollector = i.Collector,
            AggregationLevel = i.AggregationLevel,
            Periodicity = i.Periodicity,
            AdditionalInfo = i.AdditionalInfo,
        };
        var hasMethod = new[] { method.Formula, method.BaseValue, method.DataSource, method.DataCollector, method.AggregationLevel, method.Periodicity, method.AdditionalInfo }
            .Any(v => v is not null);
        return new IndicatorDto
        {
            Key = indicatorKeys[i.Id] = Key("i", index),
            Type = i.Type,
            Name = i.Name,
            Unit = i.Unit,
            UnitInName = i.UnitInName ? true : null,
            Cumulative = i.Cumulative ? true : null,
            Baseline = i.BaselineText is null ? null : new BaselineDto { Value = i.BaselineText, Date = i.BaselineDate },
            Values = NullIfEmpty(i.Values.OrderBy(v => v.Year).Select(v => new YearValueDto { Year = v.Year, Value = v.PlannedText ?? "", PeriodText = v.PeriodText }).ToList()),
            Actuals = NullIfEmpty(i.Actuals.OrderBy(a => a.Id).Select(a => new ActualDto
            {
                Year = a.Year,
                PeriodText = a.PeriodText,
                Value = a.ValueText,
                ReportedOn = a.ReportedOn,
                Comment = a.Comment,
            }).ToList()),
            CalculationMethod = hasMethod ? method : null,
            ByOrganisation = NullIfEmpty(i.Breakdown.OrderBy(b => b.SortOrder).Select(b => new OrganisationBreakdownDto
            {
                Organisation = b.OrganisationId is { } orgId ? OrganisationKey(orgId) : null,
                OrganisationText = b.Organisation,
                Baseline = b.BaselineText is null ? null : new BaselineDto { Value = b.BaselineText, Date = b.BaselineDate },
                Values = NullIfEmpty(b.Values.OrderBy(v => v.Year).Select(v => new YearValueDto { Year = v.Year, Value = v.Text ?? "" }).ToList()),
            }).ToList()),
            PrintedNames = Variants(i.PrintedNames),
        };
    }

    private BudgetLineDto BudgetLine(BudgetItem b) => new()
    {
        Title = b.Title,
        Stage = b.StageId is { } stageId ? stageKeys[stageId] : null,
        Result = b.ResultId is { } resultId ? resultKeys.GetValueOrDefault(resultId) : null,
        Number = b.DirectionNumber,
        BudgetCode = b.BudgetCode,
        Amounts = b.Amounts
            .OrderBy(a => a.FundingSourceId is { } id ? sources[id].SortOrder : -1).ThenBy(a => a.FundingSourceId).ThenBy(a => a.Year).ThenBy(a => a.SortOrder)
            .Select(a => new BudgetAmountDto { Source = a.FundingSourceId is { } id ? SourceKey(id) : null, Year = a.Year, Amount = a.Text })
            .ToList(),
    };

    private List<ParticipantGroupDto> ParticipantGroups(Project p) =>
        p.ParticipantGroups.OrderBy(g => g.SortOrder).Select(g => new ParticipantGroupDto
        {
            Kind = g.Kind,
            Title = g.Title,
            Result = g.ResultId is { } resultId ? resultKeys.GetValueOrDefault(resultId) : null,
            Participants = p.Members.Where(m => m.GroupId == g.Id).OrderBy(m => m.SortOrder).Select(m => new ParticipantDto
            {
                Role = m.Role,
                Person = m.PersonId is { } personId ? PersonKey(personId) : null,
                NameText = m.NameText,
                PositionText = m.Position,
                Supervisor = m.SupervisorPersonId is { } supervisorId ? PersonKey(supervisorId) : null,
                SupervisorText = m.DirectSupervisor,
                Employment = m.EmploymentText,
            }).ToList(),
        }).ToList();

    private SectionDto Section(ProjectSection s, Project p) => new()
    {
        Kind = s.Kind,
        Title = s.Title,
        Blocks = s.Body is null ? null : RichTextJson.FromMarkup(s.Body),
        Lines = NullIfEmpty(p.BudgetItems.Where(b => b.SectionId == s.Id).OrderBy(b => b.SortOrder).Select(BudgetLine).ToList()),
        Table = s.TableColumns.Count == 0 && s.TableRows.Count == 0 ? null : new TableDto { Columns = s.TableColumns, Rows = s.TableRows },
    };

    private List<FormSettingsDto> Forms(Project p)
    {
        var kinds = p.Forms.Select(f => f.Form).Concat(p.Signatures.Select(s => s.Form)).Distinct().Order();
        return kinds.Select(kind => new FormSettingsDto
        {
            Form = kind,
            Annex = p.Forms.FirstOrDefault(f => f.Form == kind)?.Annex,
            Signatures = NullIfEmpty(p.Signatures.Where(s => s.Form == kind).OrderBy(s => s.SortOrder).Select(s => new SignatureDto
            {
                Kind = s.Kind,
                Placement = s.AtTop ? SignaturePlacement.Top : SignaturePlacement.Bottom,
                Person = s.PersonId is { } personId ? PersonKey(personId) : null,
                PositionText = s.PositionText,
                OrganisationText = s.OrganisationText,
                NameText = s.NameText,
                Date = s.Date,
                DateText = s.DateText,
            }).ToList()),
        }).ToList();
    }

    private PlanItemDto PlanItem(PlanItem item, Project p, ref int count)
    {
        planItemKeys[item.Id] = Key("pi", count++);
        var dto = new PlanItemDto
        {
            Key = planItemKeys[item.Id],
            Kind = item.Kind,
            Number = item.PrintedNumber,
            Name = item.Name,
            Stage = item.StageId is { } stageId ? stageKeys[stageId] : null,
            Task = item.TaskId is { } taskId ? taskKeys[taskId] : null,
            Result = item.ResultId is { } resultId ? resultKeys.GetValueOrDefault(resultId) : null,
            Start = item.StartDate,
            End = item.EndDate,
            StartText = item.StartText,
            EndText = item.EndText,
            StartNote = item.StartNote,
            EndNote = item.EndNote,
            DeadlineText = item.DeadlineText,
            ReportDates = NullIfEmpty(item.ReportDates),
            Responsible = NullIfEmpty(item.Responsibles.OrderBy(r => r.SortOrder).Select(Responsible).ToList()),
            ResponsibleOnLines = item.ExecutorsOnLines ? true : null,
            ResultIndicator = item.IndicatorName is null ? null : new ResultIndicatorDto
            {
                Name = item.IndicatorName,
                Unit = item.IndicatorUnit,
                PlannedValue = item.PlannedValueText,
            },
            Unit = item.IndicatorName is null ? item.IndicatorUnit : null,
            PlannedValue = item.IndicatorName is null ? item.PlannedValueText : null,
            Values = NullIfEmpty(item.YearValues.Select(v => new YearValueDto { Year = v.Year, Value = v.Text }).ToList()),
            DocumentType = item.DocumentType,
            ControlLevel = item.ControlLevel,
            ControlLevelText = item.ControlLevelText,
        };
        var children = new List<PlanItemDto>();
        foreach (var child in p.PlanItems.Where(c => c.ParentId == item.Id).OrderBy(c => c.SortOrder))
        {
            children.Add(PlanItem(child, p, ref count));
        }

        dto.Children = NullIfEmpty(children);
        return dto;
    }

    private ControlEventDto ControlEvent(ControlEvent e, int index) => new()
    {
        Key = controlEventKeys[e.Id] = Key("ce", index),
        PlanItem = e.PlanItemId is { } id ? planItemKeys[id] : null,
        Name = e.Name,
        PlannedDate = e.PlannedDate,
        PlannedDateText = e.PlannedDateText,
        Responsible = NullIfEmpty(e.Responsibles.OrderBy(r => r.SortOrder).Select(Responsible).ToList()),
        Stage = e.StageId is { } stageId ? stageKeys[stageId] : null,
        Status = e.Status,
        DoneOn = e.DoneOn,
        DoneBy = e.DoneByPersonId is { } personId ? PersonKey(personId) : null,
        Comment = e.Comment,
        Evidence = NullIfEmpty(e.Evidence.Select(f => f.FileName).ToList()),
        CancelReason = e.CancelReason,
    };

    private ResponsibleDto Responsible(Responsible r) => new()
    {
        Person = r.PersonId is { } personId ? PersonKey(personId) : null,
        PositionText = r.PositionText,
        NameText = r.NameText,
        Email = r.Email,
        Phone = r.Phone,
        Organisation = r.OrganisationId is { } orgId ? OrganisationKey(orgId) : null,
        Text = r.Text,
    };

    private List<PersonDto> PeopleList() =>
        personKeys.ToList().Select(pair =>
        {
            var person = people[pair.Key];
            return new PersonDto
            {
                Key = pair.Value,
                FullName = person.FullName,
                Position = person.Position,
                Organisation = person.OrganisationId is { } orgId ? OrganisationKey(orgId) : null,
                Email = person.Email,
                Phone = person.Phone,
            };
        }).ToList();

    private string PersonKey(int id) => KeyFor(personKeys, id, "p");

    private string OrganisationKey(int id) => KeyFor(organisationKeys, id, "o");

    private string SourceKey(int id) => KeyFor(sourceKeys, id, "f");

    private static string KeyFor(Dictionary<int, string> keys, int id, string prefix)
    {
        if (!keys.TryGetValue(id, out var key))
        {
            key = Key(prefix, keys.Count);
            keys[id] = key;
        }

        return key;
    }

    private static string Key(string prefix, int index) => prefix + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static List<TextVariantDto>? Variants(List<TextVariant> variants) =>
        NullIfEmpty(variants.Select(v => new TextVariantDto { Form = v.Form, Text = v.Text }).ToList());

    private static List<T>? NullIfEmpty<T>(List<T> list) => list.Count == 0 ? null : list;
}
