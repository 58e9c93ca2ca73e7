using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Web.Features.Risks;

/// <summary>Adding or editing a problem: what happened, what was decided, who answers for it and by when.</summary>
public sealed class ProblemForm : IValidatableObject
{
    public uint Version { get; set; }

    [Display(Name = "Проблема")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? Title { get; set; }

    [Display(Name = "Описание")]
    [StringLength(5000, ErrorMessage = "Не более 5000 символов.")]
    public string? Description { get; set; }

    [Display(Name = "Реализовавшийся риск")]
    public int? RiskId { get; set; }

    [Display(Name = "Решение")]
    [StringLength(5000, ErrorMessage = "Не более 5000 символов.")]
    public string? Decision { get; set; }

    [Display(Name = "Ответственный")]
    public int? ResponsiblePersonId { get; set; }

    [Display(Name = "Срок")]
    public string? Deadline { get; set; }

    [Display(Name = "Статус")]
    public ProblemStatus Status { get; set; } = ProblemStatus.Open;

    public DateOnly? Due => RussianDate.TryParse(Deadline, out var date, out _) ? date : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return new ValidationResult("Опишите проблему.", [nameof(Title)]);
        }

        if (!RussianDate.TryParse(Deadline, out _, out var error))
        {
            yield return new ValidationResult(error, [nameof(Deadline)]);
        }
    }

    /// <summary>The form of a stored row, its dates as the user types them.</summary>
    public static ProblemForm From(ProjectProblem problem) => new()
    {
        Version = problem.Version,
        Title = problem.Title,
        Description = problem.Description,
        RiskId = problem.RiskId,
        Decision = problem.Decision,
        ResponsiblePersonId = problem.ResponsiblePersonId,
        Deadline = RussianDate.Format(problem.Deadline),
        Status = problem.Status,
    };

    /// <summary>Writes the form into the problem; a problem resolved now is resolved <paramref name="today"/>.</summary>
    public void ApplyTo(ProjectProblem problem, DateOnly today)
    {
        problem.Title = Title!.Trim();
        problem.Description = Clean(Description);
        problem.RiskId = RiskId;
        problem.Decision = Clean(Decision);
        problem.ResponsiblePersonId = ResponsiblePersonId;
        problem.Deadline = Due;
        if (problem.Status != Status)
        {
            problem.ResolvedOn = Status == ProblemStatus.Resolved ? today : null;
        }

        problem.Status = Status;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
