using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>«Новый человек»: a person typed into a team row who is not in the people reference list yet.</summary>
public sealed class NewPersonFields : IValidatableObject
{
    [Display(Name = "ФИО")]
    [StringLength(300, ErrorMessage = "Не более 300 символов.")]
    public string? FullName { get; set; }

    [Display(Name = "Должность")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? Position { get; set; }

    /// <summary>As chosen from the page's list of organisations (short name, or «… (№ 3)» for namesakes).</summary>
    [Display(Name = "Организация")]
    [StringLength(1000, ErrorMessage = "Не более 1000 символов.")]
    public string? Organisation { get; set; }

    /// <summary>The organisation <see cref="Organisation"/> names, found by the controller (never posted).</summary>
    [BindNever]
    public int? OrganisationId { get; set; }

    [Display(Name = "E-mail")]
    [EmailAddress(ErrorMessage = "Введите адрес электронной почты в виде name@example.ru.")]
    [StringLength(256, ErrorMessage = "Не более 256 символов.")]
    public string? Email { get; set; }

    [Display(Name = "Телефон")]
    [StringLength(100, ErrorMessage = "Не более 100 символов.")]
    public string? Phone { get; set; }

    public bool IsEmpty =>
        FormText.Clean(FullName) is null && FormText.Clean(Position) is null && FormText.Clean(Organisation) is null
        && FormText.Clean(Email) is null && FormText.Clean(Phone) is null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsEmpty && FormText.Clean(FullName) is null)
        {
            yield return new ValidationResult("Впишите фамилию, имя и отчество нового человека.", [nameof(FullName)]);
        }
    }
}
