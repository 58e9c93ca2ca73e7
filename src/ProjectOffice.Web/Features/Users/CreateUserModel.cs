using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Access;

namespace ProjectOffice.Web.Features.Users;

public sealed class CreateUserModel : IValidatableObject
{
    [Display(Name = "Имя пользователя (логин)")]
    [Required(ErrorMessage = "Введите имя пользователя.")]
    [StringLength(64, ErrorMessage = "Не более 64 символов.")]
    [RegularExpression(@"^[A-Za-z0-9._@+-]+$", ErrorMessage = "Только латинские буквы, цифры и символы -._@+.")]
    public string UserName { get; set; } = "";

    [Display(Name = "ФИО")]
    [Required(ErrorMessage = "Введите фамилию, имя и отчество.")]
    [StringLength(300, ErrorMessage = "Не более 300 символов.")]
    public string FullName { get; set; } = "";

    [Display(Name = "Адрес электронной почты")]
    [EmailAddress(ErrorMessage = "Введите адрес электронной почты в виде name@example.ru.")]
    [StringLength(256, ErrorMessage = "Не более 256 символов.")]
    public string? Email { get; set; }

    [Display(Name = "Роль")]
    [Required(ErrorMessage = "Выберите роль.")]
    public string Role { get; set; } = Roles.Viewer;

    [Display(Name = "Пароль")]
    [Required(ErrorMessage = "Введите пароль.")]
    [DataType(DataType.Password)]
    [StringLength(256, ErrorMessage = "Не более 256 символов.")]
    public string Password { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Roles.All.Contains(Role))
        {
            yield return new ValidationResult("Выберите роль из списка.", [nameof(Role)]);
        }
    }
}
