using System.ComponentModel.DataAnnotations;

namespace ProjectOffice.Web.Features.Reference;

public sealed class PersonForm
{
    [Display(Name = "Фамилия Имя Отчество")]
    [Required(ErrorMessage = "Впишите фамилию, имя и отчество.")]
    [StringLength(300, ErrorMessage = "Не более 300 символов.")]
    public string? FullName { get; set; }

    [Display(Name = "Должность")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? Position { get; set; }

    [Display(Name = "Организация")]
    public int? OrganisationId { get; set; }

    [Display(Name = "E-mail")]
    [EmailAddress(ErrorMessage = "Введите адрес электронной почты в виде name@example.ru.")]
    [StringLength(256, ErrorMessage = "Не более 256 символов.")]
    public string? Email { get; set; }

    [Display(Name = "Телефон")]
    [StringLength(100, ErrorMessage = "Не более 100 символов.")]
    public string? Phone { get; set; }

    [Display(Name = "Учётная запись (логин)")]
    [StringLength(256, ErrorMessage = "Не более 256 символов.")]
    public string? UserName { get; set; }
}
