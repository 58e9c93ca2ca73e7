using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>Every scalar field of the passport (municipal items 1–6, 14, 16, 19, 21; national section 1).</summary>
public sealed class GeneralForm : IValidatableObject
{
    private const string TooLong = "Слишком длинный текст: не более {1} символов.";

    public uint Version { get; set; }

    [Display(Name = "Наименование проекта")]
    [Required(ErrorMessage = "Впишите наименование проекта.")]
    [StringLength(1000, ErrorMessage = TooLong)]
    public string? Name { get; set; }

    [Display(Name = PassportCaptions.ShortName)]
    [StringLength(1000, ErrorMessage = TooLong)]
    public string? ShortName { get; set; }

    [Display(Name = "Вид паспорта")]
    [Required(ErrorMessage = "Выберите вид паспорта.")]
    public ProjectLayout Layout { get; set; } = ProjectLayout.Municipal;

    [Display(Name = "Вид проекта")]
    public ProjectKind? Kind { get; set; }

    [Display(Name = "Уровень проекта")]
    public ProjectLevel? Level { get; set; }

    [Display(Name = "Национальный проект")]
    [StringLength(20000, ErrorMessage = TooLong)]
    public string? NationalProject { get; set; }

    [Display(Name = "Федеральный проект")]
    [StringLength(20000, ErrorMessage = TooLong)]
    public string? FederalProject { get; set; }

    [Display(Name = "Региональный проект")]
    [StringLength(20000, ErrorMessage = TooLong)]
    public string? RegionalProject { get; set; }

    [Display(Name = "Заголовок пункта о стратегической цели субъекта РФ")]
    [StringLength(20000, ErrorMessage = TooLong)]
    public string? StrategicGoalRegionCaption { get; set; }

    [Display(Name = "Стратегическая цель субъекта РФ")]
    [StringLength(20000, ErrorMessage = TooLong)]
    public string? StrategicGoalRegion { get; set; }

    [Display(Name = "Заголовок пункта о стратегической цели города")]
    [StringLength(20000, ErrorMessage = TooLong)]
    public string? StrategicGoalCityCaption { get; set; }

    [Display(Name = "Стратегическая цель города")]
    [StringLength(20000, ErrorMessage = TooLong)]
    public string? StrategicGoalCity { get; set; }

    [Display(Name = "Функциональный блок")]
    [StringLength(20000, ErrorMessage = TooLong)]
    public string? FunctionalBlock { get; set; }

    [Display(Name = "Муниципальное образование")]
    [StringLength(20000, ErrorMessage = TooLong)]
    public string? Municipality { get; set; }

    [Display(Name = PassportCaptions.Basis)]
    [StringLength(20000, ErrorMessage = TooLong)]
    public string? Basis { get; set; }

    [Display(Name = "Цель проекта")]
    [StringLength(20000, ErrorMessage = TooLong)]
    public string? Goal { get; set; }

    [Display(Name = PassportCaptions.RelatedProjects)]
    [StringLength(20000, ErrorMessage = TooLong)]
    public string? RelatedProjects { get; set; }

    [Display(Name = "Бюджет проекта")]
    [Required(ErrorMessage = "Выберите, как разбит бюджет.")]
    public BudgetBreakdown BudgetBreakdown { get; set; } = BudgetBreakdown.Stage;

    [Display(Name = "Начало проекта")]
    public string? Start { get; set; }

    [Display(Name = "Окончание проекта")]
    public string? End { get; set; }

    public static GeneralForm From(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new GeneralForm
        {
            Version = project.Version,
            Name = project.Name,
            ShortName = project.ShortName,
            Layout = project.Layout,
            Kind = project.Kind,
            Level = project.Level,
            NationalProject = project.NationalProject,
            FederalProject = project.FederalProject,
            RegionalProject = project.RegionalProject,
            StrategicGoalRegionCaption = project.StrategicGoalRegionCaption,
            StrategicGoalRegion = project.StrategicGoalRegion,
            StrategicGoalCityCaption = project.StrategicGoalCityCaption,
            StrategicGoalCity = project.StrategicGoalCity,
            FunctionalBlock = project.FunctionalBlock,
            Municipality = project.Municipality,
            Basis = project.Basis,
            Goal = project.Goal,
            RelatedProjects = project.RelatedProjects,
            BudgetBreakdown = project.BudgetBreakdown,
            Start = DateInput.Format(project.StartDate),
            End = DateInput.Format(project.EndDate),
        };
    }

    /// <summary>Copies the fields onto the project; call only when the form is valid.</summary>
    public void ApplyTo(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        project.Name = FormText.Required(Name);
        project.ShortName = FormText.Clean(ShortName);
        project.Layout = Layout;
        project.Kind = Kind;
        project.Level = Level;
        project.NationalProject = FormText.Clean(NationalProject);
        project.FederalProject = FormText.Clean(FederalProject);
        project.RegionalProject = FormText.Clean(RegionalProject);
        project.StrategicGoalRegionCaption = FormText.Clean(StrategicGoalRegionCaption);
        project.StrategicGoalRegion = FormText.Clean(StrategicGoalRegion);
        project.StrategicGoalCityCaption = FormText.Clean(StrategicGoalCityCaption);
        project.StrategicGoalCity = FormText.Clean(StrategicGoalCity);
        project.FunctionalBlock = FormText.Clean(FunctionalBlock);
        project.Municipality = FormText.Clean(Municipality);
        project.Basis = FormText.Clean(Basis);
        project.Goal = FormText.Clean(Goal);
        project.RelatedProjects = FormText.Clean(RelatedProjects);
        project.BudgetBreakdown = BudgetBreakdown;
        project.StartDate = DateFields.Value(Start);
        project.EndDate = DateFields.Value(End);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Layout))
        {
            yield return new ValidationResult("Выберите вид паспорта из списка.", [nameof(Layout)]);
        }

        if (Kind is { } kind && !Enum.IsDefined(kind))
        {
            yield return new ValidationResult("Выберите вид проекта из списка.", [nameof(Kind)]);
        }

        if (Level is { } level && !Enum.IsDefined(level))
        {
            yield return new ValidationResult("Выберите уровень проекта из списка.", [nameof(Level)]);
        }

        if (!Enum.IsDefined(BudgetBreakdown))
        {
            yield return new ValidationResult("Выберите, как разбит бюджет.", [nameof(BudgetBreakdown)]);
        }

        foreach (var error in DateFields.CheckRange(Start, End, nameof(Start), nameof(End), StageRules.PeriodEndBeforeStart))
        {
            yield return error;
        }
    }
}
