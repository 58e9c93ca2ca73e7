using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProjectOffice.Domain.Practices;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>Sections 1, 2, 3 and 5, the linked project, the annex number and the signature: the form that creates a practice and edits its general data.</summary>
public sealed class PracticeGeneralForm : IValidatableObject
{
    /// <summary>0 while the practice is being created.</summary>
    public int PracticeId { get; set; }
    public uint Version { get; set; }

    [Display(Name = "Проект, опыт которого описывает практика")]
    public int? ProjectId { get; set; }

    [Display(Name = "Номер приложения («Приложение № …» над заголовком)")]
    [Range(1, 999, ErrorMessage = "Номер приложения — число от 1 до 999.")]
    public int? AnnexNumber { get; set; }

    [Display(Name = "1. Наименование практики")]
    [Required(ErrorMessage = "Введите наименование практики.")]
    [StringLength(PracticeRules.NameLength, ErrorMessage = "Не более {1} символов.")]
    public string? Name { get; set; }

    [Display(Name = "2. Наименование территории, на которой практика была реализована")]
    [Required(ErrorMessage = "Укажите территорию, например «Калужская область, город Обнинск».")]
    [StringLength(PracticeRules.NameLength, ErrorMessage = "Не более {1} символов.")]
    public string? Territory { get; set; }

    [Display(Name = "3. Наименование практики-донора")]
    [StringLength(PracticeRules.ShortTextLength, ErrorMessage = "Не более {1} символов.")]
    public string? DonorPractice { get; set; }

    [Display(Name = "5. Сроки реализации практики (как в паспорте)")]
    [StringLength(PracticeRules.ShortTextLength, ErrorMessage = "Не более {1} символов.")]
    public string? PeriodText { get; set; }

    [Display(Name = "Год начала")]
    [Required(ErrorMessage = "Укажите год начала практики: по нему библиотека отбирает практики.")]
    public int? StartYear { get; set; }

    [Display(Name = "Год окончания")]
    public int? EndYear { get; set; }

    [Display(Name = "Должность подписывающего")]
    [StringLength(PracticeRules.ShortTextLength, ErrorMessage = "Не более {1} символов.")]
    public string? SignaturePosition { get; set; }

    [Display(Name = "Организация подписывающего")]
    [StringLength(PracticeRules.ShortTextLength, ErrorMessage = "Не более {1} символов.")]
    public string? SignatureOrganisation { get; set; }

    [Display(Name = "Подпись: инициалы и фамилия («А.В. Чернат»)")]
    [StringLength(PracticeRules.ShortTextLength, ErrorMessage = "Не более {1} символов.")]
    public string? SignatureName { get; set; }

    /// <summary>The projects this user may link (filled by the controller, never posted).</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<SelectListItem> ProjectOptions { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartYear is not { } start)
        {
            yield break;
        }

        if (PracticeRules.CheckYears(start, null) is { } startError)
        {
            yield return new ValidationResult(startError, [nameof(StartYear)]);
        }
        else if (PracticeRules.CheckYears(start, EndYear) is { } endError)
        {
            yield return new ValidationResult(endError, [nameof(EndYear)]);
        }
    }

    public static PracticeGeneralForm From(Practice p) => new()
    {
        PracticeId = p.Id,
        Version = p.Version,
        ProjectId = p.ProjectId,
        AnnexNumber = p.AnnexNumber,
        Name = p.Name,
        Territory = p.Territory,
        DonorPractice = p.DonorPractice,
        PeriodText = p.PeriodText,
        StartYear = p.StartYear,
        EndYear = p.EndYear,
        SignaturePosition = p.SignaturePosition,
        SignatureOrganisation = p.SignatureOrganisation,
        SignatureName = p.SignatureName,
    };

    public void ApplyTo(Practice p)
    {
        p.ProjectId = ProjectId;
        p.AnnexNumber = AnnexNumber;
        p.Name = Clean(Name) ?? "";
        p.Territory = Clean(Territory) ?? "";
        p.DonorPractice = Clean(DonorPractice);
        p.PeriodText = Clean(PeriodText);
        p.StartYear = StartYear ?? 0;
        p.EndYear = EndYear;
        p.SignaturePosition = Clean(SignaturePosition);
        p.SignatureOrganisation = Clean(SignatureOrganisation);
        p.SignatureName = Clean(SignatureName);
    }

    private static string? Clean(string? value) => PracticeRules.NormaliseText(value);
}
