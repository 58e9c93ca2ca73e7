using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ProjectOffice.Tests.Features.Account;

/// <summary>A portal that takes the client address from the test (three failures per name and address).</summary>
public sealed class PortalWithClientAddresses : PortalFactory
{
    public const int FailuresPerName = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SignIn:FailuresPerName", FailuresPerName.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseTestClientAddresses();
    }
}

public sealed class SignInProtectionTests(PortalWithClientAddresses portal, ITestOutputHelper output) : IClassFixture<PortalWithClientAddresses>
{
    private const string WrongCredentials = "Неверное имя пользователя или пароль.";

    [Fact]
    public async Task Known_and_unknown_names_take_about_the_same_time_to_refuse()
    {
        await AttemptAsync("office", "Wrong-Pass-1!", "10.20.0.1");   // warm-up: JIT, the dummy hash
        await AttemptAsync("nobody-at-all", "Wrong-Pass-1!", "10.20.0.2");
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            // A fresh address per try: the limit per address must not shorten either side.
            known.Add(await TimeAsync("office", $"10.21.0.{i + 1}"));
            unknown.Add(await TimeAsync($"nobody-{i}", $"10.22.0.{i + 1}"));
        }

        var ratio = Median(known) / Median(unknown);
        output.WriteLine($"median known {Median(known):0.0} ms, unknown {Median(unknown):0.0} ms, ratio {ratio:0.00}");
        Assert.InRange(ratio, 1 / 3.0, 3.0);
    }

    [Fact]
    public async Task Unknown_name_wrong_password_and_locked_account_get_the_same_answer()
    {
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync("methodist"))!, DateTimeOffset.UtcNow.AddHours(1));
        }

        var unknown = await AttemptAsync("no-such-person", "Wrong-Pass-1!", "10.30.0.1");
        var wrongPassword = await AttemptAsync("viewer", "Wrong-Pass-1!", "10.30.0.2");
        var lockedWithRightPassword = await AttemptAsync("methodist", DemoUsers.Password, "10.30.0.3");

        Assert.All([unknown, wrongPassword, lockedWithRightPassword], answer => Assert.Equal((HttpStatusCode.OK, WrongCredentials), answer));
    }

    [Fact]
    public async Task Failures_from_one_address_stop_that_address_only_and_the_administrator_unlocks()
    {
        using var attacker = portal.CreatePortalClient().From("10.40.0.66");
        for (var i = 0; i < PortalWithClientAddresses.FailuresPerName; i++)
        {
            await attacker.PostFormAsync("/account/login", new() { ["UserName"] = "curator", ["Password"] = "Guess-" + i });
        }

        // Even the right password is refused from the limited address, with a Russian 429.
        var limited = await attacker.PostFormAsync("/account/login", new() { ["UserName"] = "curator", ["Password"] = DemoUsers.Password });
        var limitedPage = await PortalClient.ParseAsync(limited);
        using var elsewhere = portal.CreatePortalClient().From("10.40.0.7");
        var fromElsewhere = await elsewhere.PostFormAsync("/account/login", new() { ["UserName"] = "curator", ["Password"] = DemoUsers.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Слишком много неудачных попыток входа", limitedPage.QuerySelector("[data-testid=login-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, fromElsewhere.StatusCode);

        using var admin = (await portal.SignInAsAsync(DemoUsers.Admin)).From("10.40.0.1");
        var users = await admin.GetPageAsync("/users");
        Assert.NotNull(users.QuerySelector("[data-testid=lock-curator] button"));
        var unlocked = await admin.PostFormAsync("/users/unlock", new() { ["userName"] = "curator" }, formPage: "/users");
        var again = await attacker.PostFormAsync("/account/login", new() { ["UserName"] = "curator", ["Password"] = DemoUsers.Password });

        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Null((await admin.GetPageAsync("/users")).QuerySelector("[data-testid=lock-curator] button"));
    }

    [Theory]
    [InlineData("/проекты", "/%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82%D1%8B")]
    [InlineData("/projects?q=Инженерный", "/projects?q=%D0%98%D0%BD%D0%B6%D0%B5%D0%BD%D0%B5%D1%80%D0%BD%D1%8B%D0%B9")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("javascript:alert(1)", "/")]
    public async Task Correct_sign_in_with_any_return_url_signs_in_and_stays_on_the_portal(string returnUrl, string expected)
    {
        using var client = portal.CreatePortalClient().From("10.50.0.1");

        var response = await client.PostFormAsync("/account/login",
            new() { ["UserName"] = "viewer", ["Password"] = DemoUsers.Password, ["ReturnUrl"] = returnUrl });
        using var start = await client.Http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
    }

    [Fact]
    public async Task A_forged_host_is_not_echoed_into_the_login_redirect()
    {
        using var client = portal.CreatePortalClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/projects", UriKind.Relative));
        request.Headers.Host = "evil.example";

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Location!.IsAbsoluteUri);
        Assert.StartsWith("/account/login?ReturnUrl=", response.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode, string?)> AttemptAsync(string userName, string password, string address)
    {
        using var client = portal.CreatePortalClient().From(address);
        var response = await client.PostFormAsync("/account/login", new() { ["UserName"] = userName, ["Password"] = password });
        var page = await PortalClient.ParseAsync(response);
        return (response.StatusCode, page.QuerySelector("[data-testid=login-error]")?.TextContent.Trim());
    }

    private async Task<double> TimeAsync(string userName, string address)
    {
        using var client = portal.CreatePortalClient().From(address);
        var form = await client.GetPageAsync("/account/login");
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = "Wrong-Pass-1!",
            ["__RequestVerificationToken"] = token,
        });
        var watch = Stopwatch.StartNew();
        using var response = await client.Http.PostAsync(new Uri("/account/login", UriKind.Relative), body);
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }
}
