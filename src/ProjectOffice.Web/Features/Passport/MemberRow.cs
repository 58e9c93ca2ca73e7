using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// A person as this passport prints them: one of the key roles, an executor, or a participant of section 5.
/// Position, e-mail and phone override the person's own for this place only.
/// </summary>
public sealed class MemberRow : IValidatableObject
{
    public int Id { get; set; }

    /// <summary>Participants only: the row's role (key roles and executors take theirs from their place).</summary>
    public MemberRole Role { get; set; } = MemberRole.Participant;

    /// <summary>The person as chosen from the page's list: «Фамилия Имя Отчество», or «… (№ 12)» for namesakes.</summary>
    [Display(Name = "Человек")]
    [StringLength(400, ErrorMessage = "Не более 400 символов.")]
    public string? Person { get; set; }

    /// <summary>The person <see cref="Person"/> names, found by the controller (never posted).</summary>
    [BindNever]
    public int? PersonId { get; set; }

    public NewPersonFields NewPerson { get; set; } = new();

    [Display(Name = "Имя, как напечатано")]
    [StringLength(1000, ErrorMessage = "Не более 1000 символов.")]
    public string? NameText { get; set; }

    [Display(Name = "Роль, как напечатано")]
    [StringLength(500, ErrorMessage = "Не более 500 символов.")]
    public string? RoleTitle { get; set; }

    [Display(Name = "Должность в паспорте")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? Position { get; set; }

    [Display(Name = "E-mail в паспорте")]
    [EmailAddress(ErrorMessage = "Введите адрес электронной почты в виде name@example.ru.")]
    [StringLength(256, ErrorMessage = "Не более 256 символов.")]
    public string? Email { get; set; }

    [Display(Name = "Телефон в паспорте")]
    [StringLength(100, ErrorMessage = "Не более 100 символов.")]
    public string? Phone { get; set; }

    [Display(Name = "Непосредственный руководитель")]
    [StringLength(1000, ErrorMessage = "Не более 1000 символов.")]
    public string? DirectSupervisor { get; set; }

    [Display(Name = "Занятость в проекте, %")]
    [StringLength(50, ErrorMessage = "Не более 50 символов.")]
    public string? Employment { get; set; }

    /// <summary>Nothing typed or chosen: a key role left empty, or a table row added and never filled.</summary>
    public bool IsBlank =>
        FormText.Clean(Person) is null && NewPerson.IsEmpty && new[] { NameText, RoleTitle, Position, Email, Phone, DirectSupervisor, Employment }
            .All(text => FormText.Clean(text) is null);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsBlank)
        {
            yield break;
        }

        if (FormText.Clean(Person) is not null && !NewPerson.IsEmpty)
        {
            yield return new ValidationResult("Выберите человека из списка или впишите нового — не то и другое сразу.", [nameof(Person)]);
        }
        else if (FormText.Clean(Person) is null && NewPerson.IsEmpty && FormText.Clean(NameText) is null)
        {
            yield return new ValidationResult("Выберите человека из списка, впишите нового или укажите имя, как напечатано.", [nameof(Person)]);
        }

        if (!Enum.IsDefined(Role))
        {
            yield return new ValidationResult("Выберите роль из списка.", [nameof(Role)]);
        }

        if (!EmploymentPercent.TryParse(Employment, out _, out var error))
        {
            yield return new ValidationResult(error, [nameof(Employment)]);
        }
    }
}
