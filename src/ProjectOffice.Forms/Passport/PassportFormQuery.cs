using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Forms.Budget;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Layout;

namespace ProjectOffice.Forms.Passport;

/// <summary>
/// Reads one project's «Паспорт проекта» into <see cref="PassportFormData"/>, in the layout the project has.
/// One query per table (split query), never one per row; amounts print as typed, every total is computed.
/// </summary>
public static class PassportFormQuery
{
    public static async Task<PassportFormData?> LoadAsync(AppDbContext db, int projectId, int? version, CancellationToken ct)
    {
        var printed = await PrintedProjects.LoadAsync(db, projectId, version, Include, ct);
        if (printed is null)
        {
            return null;
        }

        var project = printed.Project;
        var emptyBudgetSources = project.Layout == ProjectLayout.Municipal
            ? await PrintedProjects.EmptyBudgetSourcesAsync(db, Lines(project), ct)
            : [];
        return Build(printed, emptyBudgetSources);
    }

    /// <summary>What the form reads of a stored project, each list in printed order (as a snapshot has them).</summary>
    public static IQueryable<Project> Include(IQueryable<Project> projects) => IncludeContent(projects)
        .Include(p => p.BudgetItems.Where(b => b.SectionId == null).OrderBy(b => b.SortOrder))
            .ThenInclude(b => b.Amounts.OrderBy(a => a.Year).ThenBy(a => a.SortOrder)).ThenInclude(a => a.FundingSource)
        .Include(p => p.TypedBudgetTotals)
        .Include(p => p.Signatures.Where(s => s.Form == FormKind.Passport).OrderBy(s => s.SortOrder));

    /// <summary>The passport's people, stages, tasks, lists and indicators in printed order (budget and signatures apart).</summary>
    public static IQueryable<Project> IncludeContent(IQueryable<Project> projects) => projects
        .Include(p => p.Members.OrderBy(m => m.SortOrder)).ThenInclude(m => m.Person)
        .Include(p => p.ParticipantGroups.OrderBy(g => g.SortOrder))
        .Include(p => p.Stages.OrderBy(s => s.SortOrder))
        .Include(p => p.Tasks.OrderBy(t => t.SortOrder)).ThenInclude(t => t.Results.OrderBy(r => r.SortOrder))
        .Include(p => p.ListItems.OrderBy(i => i.SortOrder))
        .Include(p => p.Indicators.OrderBy(i => i.SortOrder)).ThenInclude(i => i.Values.OrderBy(v => v.Year));

    /// <param name="emptyBudgetSources">The columns of a municipal item 20 without sources of its own.</param>
    public static PassportFormData Build(PrintedProject printed, IReadOnlyList<FundingSource> emptyBudgetSources)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(emptyBudgetSources);
        var project = printed.Project;
        var signatures = project.Signatures.Where(s => s.Form == FormKind.Passport).OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
            .Select(s => (s.AtTop, Data: SignatureData.From(s, printed.IsDraft, SignatureNote.For(s, project.Signatures, printed.PassportVersion))))
            .ToList();
        return new PassportFormData
        {
            ProjectName = project.Name,
            Layout = project.Layout,
            IsDraft = printed.IsDraft,
            ApprovedOn = printed.ApprovedOn,
            Version = printed.PassportVersion,
            TopSignatures = signatures.Where(s => s.AtTop).Select(s => s.Data).ToList(),
            LeaderSignatures = signatures.Where(s => !s.AtTop && s.Data.Kind == SignatureKind.LeaderSignature).Select(s => s.Data).ToList(),
            BottomSignatures = signatures.Where(s => !s.AtTop && s.Data.Kind != SignatureKind.LeaderSignature).Select(s => s.Data).ToList(),
            Municipal = project.Layout == ProjectLayout.Municipal ? Municipal(project, emptyBudgetSources) : null,
            National = project.Layout == ProjectLayout.National ? National(project) : null,
        };
    }

    private static MunicipalPassport Municipal(Project project, IReadOnlyList<FundingSource> emptyBudgetSources) => new()
    {
        General =
        [
            Item(1, PassportCaptions.FederalProject, Quoted(project.FederalProject)),
            Item(2, PassportCaptions.ShortName, Quoted(project.ShortName)),
            Item(3, PassportCaptions.Kind, project.Kind is { } kind ? ProjectLabels.Kind(kind) : null),
            Item(4, PassportCaptions.RegionGoal(project), project.StrategicGoalRegion),
            Item(5, PassportCaptions.CityGoal(project), project.StrategicGoalCity),
            Item(6, PassportCaptions.FunctionalBlock, project.FunctionalBlock),
            Role(7, project, MemberRole.Initiator),
            Role(8, project, MemberRole.Curator),
            Role(9, project, MemberRole.Leader),
            Role(10, project, MemberRole.DeputyLeader),
            new PassportItem
            {
                Number = 11,
                Caption = PassportCaptions.Executors,
                Executors = project.Members.Where(m => m.Role == MemberRole.Executor)
                    .Select((m, i) => new PassportExecutor(i + 1, MemberText.FullName(m), MemberText.Position(m), MemberText.Email(m), MemberText.Phone(m)))
                    .ToList(),
            },
            Role(12, project, MemberRole.Administrator),
            Role(13, project, MemberRole.Coordinator),
        ],
        Description =
        [
            Item(14, PassportCaptions.Basis, project.Basis),
            new PassportItem
            {
                Number = 15,
                Caption = MunicipalCaptions.Programmes(project.StrategicGoalCityCaption),
                Paragraphs = List(project, ListItemKind.Programme).Select(p => new PassportParagraph(p)).ToList(),
            },
            Item(16, PassportCaptions.Goal, project.Goal),
            new PassportItem
            {
                Number = 17,
                Caption = PassportCaptions.Tasks,
                Paragraphs = project.Tasks.Select(t => new PassportParagraph(t.Name, PassportParagraphStyle.Dash)).ToList(),
            },
            new PassportItem
            {
                Number = 18,
                Caption = PassportCaptions.ExpectedResults,
                Paragraphs = List(project, ListItemKind.ExpectedResult).Select((r, i) => new PassportParagraph(Number(i + 1) + " " + r)).ToList(),
            },
            new PassportItem
            {
                Number = 19,
                Caption = PassportCaptions.Stages,
                Stages =
                [
                    new PassportStageRow(PassportCaptions.WholeProjectStages, project.StartDate, project.EndDate, IsTotal: true),
                    .. project.Stages.Select((s, i) => new PassportStageRow(StageHeading.Title(i, s, FormKind.Passport), s.StartDate, s.EndDate)),
                ],
            },
            new PassportItem { Number = 20, Caption = PassportCaptions.Budget, Budget = StageBudget(project, emptyBudgetSources) },
            Item(21, PassportCaptions.RelatedProjects, project.RelatedProjects),
            new PassportItem
            {
                Number = 22,
                Caption = PassportCaptions.Risks,
                Paragraphs =
                [
                    new PassportParagraph(PassportCaptions.ExternalRisks, PassportParagraphStyle.Heading),
                    .. List(project, ListItemKind.ExternalRisk).Select(r => new PassportParagraph(r, PassportParagraphStyle.Dash)),
                    new PassportParagraph(PassportCaptions.InternalRisks, PassportParagraphStyle.Heading),
                    .. List(project, ListItemKind.InternalRisk).Select(r => new PassportParagraph(r, PassportParagraphStyle.Dash)),
                ],
            },
        ],
    };

    private static NationalPassport National(Project project)
    {
        var level = ProjectLabels.LevelGenitive(project.Level);
        var indicatorYears = project.Indicators.SelectMany(i => i.Values).Select(v => v.Year).Distinct().Order().ToList();
        return new NationalPassport
        {
            LevelGenitive = level,
            RegionalProject = Quoted(project.RegionalProject),
            ShortName = Quoted(project.ShortName),
            Start = project.StartDate,
            End = project.EndDate,
            Curator = NameAndPosition(project, MemberRole.Curator),
            Leader = NameAndPosition(project, MemberRole.Leader),
            Administrator = NameAndPosition(project, MemberRole.Administrator),
            Programmes = List(project, ListItemKind.Programme),
            Goal = project.Goal,
            IndicatorYears = indicatorYears,
            Indicators = project.Indicators.Select((indicator, i) => new NationalIndicator(
                Number(i + 1),
                indicator.PrintedName,
                ProjectLabels.IndicatorType(indicator.Type),
                indicator.BaselineText,
                indicator.BaselineDate,
                indicatorYears.Select(year => indicator.Values.FirstOrDefault(v => v.Year == year)?.PlannedText).ToList())).ToList(),
            Tasks = project.Tasks.Select((task, t) => new NationalTask(
                Number(t + 1),
                task.Name,
                task.Results.Select((result, r) => new NationalResult(
                    Number(t + 1, r + 1), RichText.Parse(result.Name), RichText.Parse(result.Characteristic))).ToList())).ToList(),
            BudgetYears = BudgetYears(project),
            Directions = Directions(project, level),
            BudgetTotals = ProjectBudgetTotals(project),
            Participants = Participants(project),
        };
    }

    /// <summary>Item 20: «Проект в целом» (every amount), then a row per stage; «Всего» first, a column per source.</summary>
    private static PassportStageBudget StageBudget(Project project, IReadOnlyList<FundingSource> emptyBudgetSources)
    {
        var items = Lines(project);
        var sources = SourcesOf(items);
        if (sources.Count == 0)
        {
            sources = [.. emptyBudgetSources];
        }

        var rows = project.BudgetBreakdown == BudgetBreakdown.Stage
            ? project.Stages.Select((stage, i) => (
                Title: StageHeading.Title(i, stage, FormKind.PassportBudget, FormKind.Passport),
                Amounts: items.Where(b => b.StageId == stage.Id).SelectMany(b => b.Amounts).ToList()))
            : items.Select(item => (Title: item.Title ?? "", Amounts: item.Amounts));
        var all = items.SelectMany(i => i.Amounts).ToList();
        return new PassportStageBudget
        {
            Sources = sources.Select(s => Capitalised(s.NameGenitive ?? s.Name)).ToList(),
            Rows =
            [
                new PassportMoneyRow(
                    PassportCaptions.WholeProjectBudget,
                    [
                        ProjectTotalCell.Of(project, null, null, all),
                        .. sources.Select(s => ProjectTotalCell.Of(project, s.Id, null, all.Where(a => a.FundingSourceId == s.Id))),
                    ],
                    IsTotal: true),
                .. rows.Select(row => new PassportMoneyRow(
                    row.Title,
                    [Total(row.Amounts), .. sources.Select(s => Typed(row.Amounts.Where(a => a.FundingSourceId == s.Id).ToList()))],
                    IsTotal: false)),
            ],
        };
    }

    /// <summary>Section 4, per direction: a row per source with a cell per year and «Всего», then the direction's total.</summary>
    private static List<NationalDirection> Directions(Project project, string level)
    {
        var years = BudgetYears(project);
        var sources = SourcesOf(Lines(project));
        var lines = Lines(project).ToList();
        var numbers = DirectionNumbering.Numbers(project.Tasks, lines);
        return lines.Select((item, i) => new NationalDirection(
            numbers[i],
            item.Title ?? "",
            [
                .. sources.Select(source => YearRow(source.Name, years, item.Amounts.Where(a => a.FundingSourceId == source.Id).ToList(), typed: true)),
                YearRow("Всего по данному направлению " + level, years, item.Amounts, typed: false),
            ])).ToList();
    }

    /// <summary>
    /// «Всего по муниципальному проекту, в том числе:» and a row per source: computed over every direction, unless the
    /// paper's total was typed (seed 001 prints 9,03 where its rows sum to 9,015).
    /// </summary>
    private static List<PassportMoneyRow> ProjectBudgetTotals(Project project)
    {
        if (!Lines(project).Any())
        {
            return [];
        }

        var years = BudgetYears(project);
        var all = Lines(project).SelectMany(i => i.Amounts).ToList();
        return
        [
            ProjectTotalRow(project, "Всего по " + ProjectLabels.LevelDative(project.Level) + ", в том числе:", null, years, all),
            .. SourcesOf(Lines(project)).Select(source =>
                ProjectTotalRow(project, source.Name, source.Id, years, all.Where(a => a.FundingSourceId == source.Id).ToList())),
        ];
    }

    private static PassportMoneyRow ProjectTotalRow(Project project, string title, int? sourceId, IReadOnlyList<int> years, IReadOnlyList<BudgetAmount> amounts) => new(
        title,
        [
            .. years.Select(year => ProjectTotalCell.Of(project, sourceId, year, amounts.Where(a => a.Year == year))),
            ProjectTotalCell.Of(project, sourceId, null, amounts),
        ],
        IsTotal: true);

    private static PassportMoneyRow YearRow(string title, IReadOnlyList<int> years, IReadOnlyList<BudgetAmount> amounts, bool typed) => new(
        title,
        [
            .. years.Select(year => amounts.Where(a => a.Year == year).ToList()).Select(cell => typed ? Typed(cell) : Total(cell)),
            Total(amounts),
        ],
        IsTotal: !typed);

    /// <summary>Section 5 as <see cref="ParticipantTable"/> groups and numbers it.</summary>
    private static List<PassportParticipantGroup> Participants(Project project) =>
        ParticipantTable.Groups(project).Select(g => new PassportParticipantGroup(
            g.Heading,
            g.Rows.Select(r => new PassportParticipant(r.Number, r.Role, r.Name, r.Position, r.Supervisor, r.Employment)).ToList())).ToList();

    // The passport's budget lines; the additional materials' financing tables (a snapshot holds them too) have their own.
    private static IEnumerable<BudgetItem> Lines(Project project) => project.BudgetItems.Where(b => b.SectionId == null);

    private static PassportItem Item(int number, string caption, string? text) => new()
    {
        Number = number,
        Caption = caption,
        Paragraphs = string.IsNullOrWhiteSpace(text) ? [] : [new PassportParagraph(text)],
    };

    /// <summary>The person in a single role (items 7–13, section 1); rows of the participants table come second.</summary>
    private static ProjectMember? Member(Project project, MemberRole role) =>
        project.Members.Where(m => m.Role == role).OrderBy(m => m.GroupId is not null).ThenBy(m => m.SortOrder).FirstOrDefault();

    /// <summary>Items 7–10, 12, 13: the role's name as caption, the person in the long style.</summary>
    private static PassportItem Role(int number, Project project, MemberRole role) =>
        Item(number, PassportLabels.Role(role), Member(project, role) is { } member ? MemberText.LongStyle(member) : null);

    private static string? NameAndPosition(Project project, MemberRole role) =>
        Member(project, role) is { } member ? MemberText.NameAndPosition(member) : null;

    private static List<string> List(Project project, ListItemKind kind) =>
        project.ListItems.Where(i => i.Kind == kind).Select(i => i.Text).ToList();

    private static List<FundingSource> SourcesOf(IEnumerable<BudgetItem> items) =>
        items.SelectMany(i => i.Amounts).Select(a => a.FundingSource).OfType<FundingSource>()
            .DistinctBy(s => s.Id).OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToList();

    private static List<int> BudgetYears(Project project) =>
        Lines(project).SelectMany(i => i.Amounts).Select(a => a.Year).OfType<int>().Distinct().Order().ToList();

    private static BudgetFormCell Total(IEnumerable<BudgetAmount> amounts) =>
        BudgetFormCell.Computed(BudgetTotals.Sum(amounts.Select(a => a.Text)));

    // One cell of one year prints what was typed (several values one per line); a cell over several years prints their sum.
    private static BudgetFormCell Typed(List<BudgetAmount> amounts) =>
        amounts.Count == 0 ? BudgetFormCell.Empty
        : amounts.Select(a => a.Year).Distinct().Count() == 1 ? BudgetFormCell.Typed(amounts.OrderBy(a => a.SortOrder).Select(a => a.Text).ToList())
        : Total(amounts);

    /// <summary>Project names are stored without the «» the forms put around them.</summary>
    private static string? Quoted(string? name) => string.IsNullOrWhiteSpace(name) ? null : "«" + name + "»";

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.GetCultureInfo("ru-RU")) + text[1..];

    private static string Number(params int[] parts) => string.Join(".", parts.Select(p => p.ToString(CultureInfo.InvariantCulture))) + ".";
}
