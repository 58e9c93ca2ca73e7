using System.ComponentModel.DataAnnotations;

namespace ProjectOffice.Web.Features.FundingSources;

public sealed class FundingSourceInput
{
    /// <summary>0 for a source added in this form; saved sources are archived, never deleted (amounts refer to them).</summary>
    public int Id { get; set; }

    [Display(Name = "Наименование")]
    [Required(ErrorMessage = "Введите наименование источника.")]
    [StringLength(300, ErrorMessage = "Не более 300 символов.")]
    public string? Name { get; set; }

    [Display(Name = "В родительном падеже")]
    [StringLength(300, ErrorMessage = "Не более 300 символов.")]
    public string? NameGenitive { get; set; }

    [Display(Name = "В архиве")]
    public bool IsArchived { get; set; }
}
