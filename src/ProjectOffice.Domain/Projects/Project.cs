using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Domain.Projects;

/// <summary>A project and its passport, in either layout. Child rows keep their order in SortOrder.</summary>
public sealed class Project
{
    public int Id { get; set; }
    public ProjectLayout Layout { get; set; }
    public ProjectStatus Status { get; set; } = ProjectStatus.Draft;

    /// <summary>The name in quotes on the title page: «Инженерный кластер».</summary>
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
    public ProjectKind? Kind { get; set; }

    public ProjectLevel? Level { get; set; }
    public string? NationalProject { get; set; }
    public string? FederalProject { get; set; }
    public string? RegionalProject { get; set; }
    /// <summary>Item 4: the caption names the strategy («… Омской области до 2025 года»), so it is kept with the goal.</summary>
    public string? StrategicGoalRegionCaption { get; set; }
    public string? StrategicGoalRegion { get; set; }
    public string? StrategicGoalCityCaption { get; set; }
    public string? StrategicGoalCity { get; set; }

    /// <summary>The municipality column of Annex 2 («г. Саянск»).</summary>
    public string? Municipality { get; set; }
    public string? FunctionalBlock { get; set; }

    /// <summary>Item 14: основание для инициации проекта.</summary>
    public string? Basis { get; set; }

    public string? Goal { get; set; }

    /// <summary>Item 21: взаимосвязь с другими проектами («---» where there is none).</summary>
    public string? RelatedProjects { get; set; }
    public BudgetBreakdown BudgetBreakdown { get; set; } = BudgetBreakdown.Stage;
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }

    /// <summary>Changes on every save of any passport section: the optimistic-concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<ProjectMember> Members { get; set; } = [];
    public List<ParticipantGroup> ParticipantGroups { get; set; } = [];
    public List<Stage> Stages { get; set; } = [];
    public List<ProjectTask> Tasks { get; set; } = [];
    public List<ProjectListItem> ListItems { get; set; } = [];
    public List<Indicator> Indicators { get; set; } = [];
    public List<BudgetItem> BudgetItems { get; set; } = [];

    /// <summary>The passport budget's totals as the paper typed them, where they are (printed instead of the computed sums).</summary>
    public List<TypedBudgetTotal> TypedBudgetTotals { get; set; } = [];
    public List<ProjectSection> Sections { get; set; } = [];
    public List<FormSignature> Signatures { get; set; } = [];
    public List<ProjectForm> Forms { get; set; } = [];
    public List<PlanItem> PlanItems { get; set; } = [];
    public List<ControlEvent> ControlEvents { get; set; } = [];
    public List<Footnote> Footnotes { get; set; } = [];

    /// <summary>The risk and problem register (not part of the passport: item 22 stays as approved).</summary>
    public List<Risk> Risks { get; set; } = [];
    public List<ProjectProblem> Problems { get; set; } = [];

    /// <summary>The years the passport's tables have columns for: every year of the period.</summary>
    public IReadOnlyList<int> Years() =>
        EndDate < StartDate ? [] : Enumerable.Range(StartDate.Year, EndDate.Year - StartDate.Year + 1).ToList();
}
