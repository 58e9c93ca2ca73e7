using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>A result of a task; name and characteristic are rich-text markup (paragraphs, «- » lists).</summary>
public sealed class ResultInput
{
    public int Id { get; set; }

    [Display(Name = "Наименование результата")]
    [Required(ErrorMessage = "Введите наименование результата.")]
    [StringLength(20000, ErrorMessage = "Не более 20000 символов.")]
    public string? Name { get; set; }

    [Display(Name = PassportCaptions.CharacteristicColumn)]
    [StringLength(20000, ErrorMessage = "Не более 20000 символов.")]
    public string? Characteristic { get; set; }
}
