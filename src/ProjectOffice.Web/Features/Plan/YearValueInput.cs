using System.ComponentModel.DataAnnotations;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Plan;

/// <summary>A planned value for one year, as typed («Не менее 5»).</summary>
public sealed class YearValueInput
{
    [Display(Name = "Год")]
    public string? Year { get; set; }

    [Display(Name = "Значение")]
    [StringLength(300, ErrorMessage = "Не более 300 символов.")]
    [NumberSize]
    public string? Text { get; set; }
}
