using System.ComponentModel.DataAnnotations;

namespace ProjectOffice.Web.Features.Account;

public sealed class LoginModel
{
    [Display(Name = "Имя пользователя")]
    [Required(ErrorMessage = "Введите имя пользователя.")]
    [StringLength(256, ErrorMessage = "Имя пользователя слишком длинное.")]
    public string UserName { get; set; } = "";

    [Display(Name = "Пароль")]
    [Required(ErrorMessage = "Введите пароль.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Display(Name = "Запомнить меня")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
