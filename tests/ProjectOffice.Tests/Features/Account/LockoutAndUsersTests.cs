using System.Net;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Account;

[Collection(Portals.Accounts)]
public sealed class LockoutAndUsersTests(PortalFactory portal)
{
    [Fact]
    public async Task Administrator_creates_a_user_who_can_sign_in()
    {
        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);

        var created = await admin.PostFormAsync("/users/new", NewUser("ivanov", "Иванов Иван Иванович"));
        using var newcomer = portal.CreatePortalClient();
        await newcomer.SignInAsync("ivanov", "Strong-Pass-1");
        var start = await newcomer.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Иванов Иван Иванович", start.QuerySelector("[data-testid=start-page]")!.TextContent, StringComparison.Ordinal);
        var list = await admin.GetPageAsync("/users");
        Assert.Contains("Иванов Иван Иванович", list.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weak_password_is_refused_with_a_russian_message_and_the_form_kept()
    {
        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);
        var fields = NewUser("petrov", "Петров Пётр Петрович");
        fields["Password"] = "short";

        var response = await admin.PostFormAsync("/users/new", fields);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("не менее 10 символов", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Петров Пётр Петрович", page.QuerySelector("input[name=FullName]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Five_wrong_passwords_stop_further_attempts_from_that_address()
    {
        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);
        await admin.PostFormAsync("/users/new", NewUser("sidorov", "Сидоров Сидор Сидорович"));
        using var client = portal.CreatePortalClient();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.PostFormAsync("/account/login", new() { ["UserName"] = "sidorov", ["Password"] = "Wrong-Pass-1" });
        }

        var withRightPassword = await client.PostFormAsync("/account/login", new() { ["UserName"] = "sidorov", ["Password"] = "Strong-Pass-1" });

        Assert.Equal(HttpStatusCode.TooManyRequests, withRightPassword.StatusCode);
        Assert.Contains("Слишком много неудачных попыток входа", await withRightPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("leader")]
    [InlineData("viewer")]
    [InlineData("office")]
    public async Task Only_the_administrator_manages_users(string userName)
    {
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));

        using var list = await client.Http.GetAsync(new Uri("/users", UriKind.Relative));
        var forged = await client.PostFormAsync("/users/new", NewUser("intruder", "Чужой"), formPage: "/");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);
        Assert.DoesNotContain("intruder", (await admin.GetPageAsync("/users")).Body!.TextContent, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> NewUser(string userName, string fullName) => new()
    {
        ["UserName"] = userName,
        ["FullName"] = fullName,
        ["Email"] = $"{userName}@example.ru",
        ["Role"] = "Viewer",
        ["Password"] = "Strong-Pass-1",
    };
}
