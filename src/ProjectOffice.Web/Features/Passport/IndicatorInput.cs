using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

public sealed class IndicatorInput
{
    public const int MaxValueLength = 100;

    public int Id { get; set; }

    [Display(Name = PassportCaptions.IndicatorColumn)]
    [Required(ErrorMessage = "Введите наименование показателя.")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? Name { get; set; }

    [Display(Name = "Единица измерения")]
    [StringLength(200, ErrorMessage = "Не более 200 символов.")]
    public string? Unit { get; set; }

    [Display(Name = "единица в названии")]
    public bool UnitInName { get; set; }

    [Display(Name = "нарастающим итогом")]
    public bool Cumulative { get; set; }

    [Display(Name = PassportCaptions.IndicatorTypeColumn)]
    public IndicatorType Type { get; set; } = IndicatorType.Main;

    [Display(Name = PassportCaptions.BaselineColumn)]
    [StringLength(MaxValueLength, ErrorMessage = "Не более 100 символов.")]
    [NumberSize]
    public string? BaselineText { get; set; }

    [Display(Name = "Дата базового значения")]
    public string? BaselineDate { get; set; }

    /// <summary>Planned value per year of the project, as typed («73%», «Не менее 5», «-»).</summary>
    public Dictionary<int, string?> Values { get; set; } = [];

    [Display(Name = "Методика расчета")]
    [StringLength(10000, ErrorMessage = "Не более 10000 символов.")]
    public string? MethodFormula { get; set; }

    [Display(Name = "Базовые показатели")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? MethodBaseIndicators { get; set; }

    [Display(Name = "Источник данных")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? DataSource { get; set; }

    [Display(Name = "Ответственный за сбор данных")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? Collector { get; set; }

    [Display(Name = "Уровень агрегирования информации")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? AggregationLevel { get; set; }

    [Display(Name = "Срок и периодичность")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? Periodicity { get; set; }

    [Display(Name = "Дополнительная информация")]
    [StringLength(5000, ErrorMessage = "Не более 5000 символов.")]
    public string? AdditionalInfo { get; set; }

    /// <summary>Checks of typed text the attributes cannot express; the controller adds them for every row (see GridErrors).</summary>
    public IEnumerable<ValidationResult> CheckTyped()
    {
        if (!Enum.IsDefined(Type))
        {
            yield return new ValidationResult("Выберите тип показателя.", [nameof(Type)]);
        }

        if (RussianDate.Parse(BaselineDate).Error is { } dateError)
        {
            yield return new ValidationResult(dateError, [nameof(BaselineDate)]);
        }

        foreach (var (year, value) in Values)
        {
            if (value?.Trim().Length > MaxValueLength)
            {
                yield return new ValidationResult("Не более 100 символов.", [$"{nameof(Values)}[{year}]"]);
            }
            else if (NumberPhrase.SizeError(value) is { } tooLarge)
            {
                yield return new ValidationResult(tooLarge, [$"{nameof(Values)}[{year}]"]);
            }
        }
    }
}
