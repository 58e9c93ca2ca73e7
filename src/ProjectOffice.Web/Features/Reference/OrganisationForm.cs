using System.ComponentModel.DataAnnotations;

namespace ProjectOffice.Web.Features.Reference;

public sealed class OrganisationForm
{
    [Display(Name = "Полное наименование")]
    [Required(ErrorMessage = "Впишите наименование организации.")]
    [StringLength(1000, ErrorMessage = "Не более 1000 символов.")]
    public string? Name { get; set; }

    [Display(Name = "Краткое наименование")]
    [StringLength(300, ErrorMessage = "Не более 300 символов.")]
    public string? ShortName { get; set; }
}
