using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Data;

namespace ProjectOffice.Web.Features.Account;

[Route("account")]
public sealed class AccountController(SignInManager<AppUser> signIn, ILogger<AccountController> log) : Controller
{
    public const string WrongCredentials = "Неверное имя пользователя или пароль.";
    public const string LockedOut = "Учётная запись временно заблокирована после нескольких неудачных попыток входа. Повторите попытку через 15 минут или обратитесь к администратору.";

    [HttpGet("login"), AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginModel { ReturnUrl = returnUrl });

    [HttpPost("login"), AllowAnonymous]
    public async Task<IActionResult> Login(LoginModel form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var result = await signIn.PasswordSignInAsync(form.UserName.Trim(), form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            log.LogInformation("User {UserName} signed in", form.UserName);
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        }

        log.LogWarning("Sign-in refused for {UserName}: {Outcome}", form.UserName, result.IsLockedOut ? "locked out" : "wrong credentials");
        ModelState.AddModelError("", result.IsLockedOut ? LockedOut : WrongCredentials);
        form.Password = "";
        return View(form);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return Redirect("/account/login");
    }
}
