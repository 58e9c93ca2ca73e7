using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Data;

namespace ProjectOffice.Web.Features.Account;

[Route("account")]
public sealed class AccountController(
    SignInManager<AppUser> signIn, SignInThrottle throttle, ILogger<AccountController> log) : Controller
{
    /// <summary>The one refusal: it never tells whether the name exists or is locked.</summary>
    public const string WrongCredentials = "Неверное имя пользователя или пароль.";

    public const string TooManyAttempts = "Слишком много неудачных попыток входа. Повторите попытку через 15 минут или обратитесь к администратору.";

    // An unknown name costs the same password hashing as a known one, so timing does not tell them apart.
    private static string? dummyHash;

    [HttpGet("login"), AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginModel { ReturnUrl = returnUrl });

    [HttpPost("login"), AllowAnonymous]
    public async Task<IActionResult> Login(LoginModel form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var userName = form.UserName.Trim();
        var source = HttpContext.Connection.RemoteIpAddress;
        if (throttle.IsLimited(userName, source))
        {
            log.LogWarning("Sign-in for {UserName} from {Source} refused: too many failures", userName, source);
            return Refuse(form, TooManyAttempts, StatusCodes.Status429TooManyRequests);
        }

        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(userName);
        bool passwordMatches;
        if (user is null)
        {
            var unknown = new AppUser();
            dummyHash ??= users.PasswordHasher.HashPassword(unknown, Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(unknown, dummyHash, form.Password);
            passwordMatches = false;
        }
        else
        {
            passwordMatches = await users.CheckPasswordAsync(user, form.Password);
        }

        // A lockout set on the account (before this throttle, or by hand) still holds, told apart from nothing.
        var lockedOut = user is not null && await users.IsLockedOutAsync(user);
        if (user is not null && passwordMatches && !lockedOut && await signIn.CanSignInAsync(user))
        {
            await signIn.SignInAsync(user, form.RememberMe);
            log.LogInformation("User {UserName} signed in", userName);
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        throttle.RecordFailure(userName, source);
        log.LogWarning("Sign-in refused for {UserName} from {Source}: {Outcome}", userName, source,
            user is null ? "unknown name" : lockedOut ? "locked out" : "wrong password");
        return Refuse(form, WrongCredentials, StatusCodes.Status200OK);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return Redirect("/account/login");
    }

    /// <summary>
    /// A local path, percent-encoded so a non-ASCII one («/проекты») makes a valid Location header; anything else
    /// (another host, «//», «/\», garbage) goes to the start page.
    /// </summary>
    internal static string SafeReturnUrl(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl[0] != '/' || returnUrl.StartsWith("//", StringComparison.Ordinal)
            || returnUrl.StartsWith("/\\", StringComparison.Ordinal) || returnUrl.Any(char.IsControl))
        {
            return "/";
        }

        // Uri escapes what a header may not carry (non-ASCII, spaces) and keeps what is already escaped.
        var origin = new Uri("http://portal.invalid");
        return Uri.TryCreate(origin, returnUrl, out var target) && target.Host == origin.Host
            && target.PathAndQuery is ['/', ..] escaped && !escaped.StartsWith("//", StringComparison.Ordinal)
            ? escaped
            : "/";
    }

    private ViewResult Refuse(LoginModel form, string message, int status)
    {
        Response.StatusCode = status;
        ModelState.AddModelError("", message);
        form.Password = "";
        return View(form);
    }
}
