using System.Net;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Access;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Account;

[Collection(Portals.Accounts)]
public sealed class SignInTests(PortalFactory portal)
{
    public static TheoryData<string> DemoUserNames => new(DemoUsers.All.Select(u => u.UserName));

    [Theory]
    [MemberData(nameof(DemoUserNames))]
    public async Task Each_demo_role_sees_its_own_navigation(string userName)
    {
        var demo = DemoUsers.All.Single(u => u.UserName == userName);
        using var client = await portal.SignInAsAsync(demo);

        var page = await client.GetPageAsync("/");

        Assert.Contains(demo.FullName, page.QuerySelector("[data-testid=start-page]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Roles.DisplayName(demo.Role), page.QuerySelector("[data-testid=current-user]")!.TextContent, StringComparison.Ordinal);
        var menu = page.QuerySelectorAll("[data-testid=main-nav] a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Главная", menu);
        Assert.Equal(demo.Role == Roles.Admin, menu.Contains("Пользователи"));
    }

    [Fact]
    public async Task Wrong_password_shows_a_russian_error_and_keeps_the_user_name()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.PostFormAsync("/account/login", new() { ["UserName"] = "office", ["Password"] = "wrong-password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Неверное имя пользователя или пароль", page.QuerySelector("[data-testid=login-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("office", page.QuerySelector("input[name=UserName]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Unknown_user_gets_the_same_message_not_an_error_page()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.PostFormAsync("/account/login", new() { ["UserName"] = "nobody-here", ["Password"] = "Whatever-1!" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Неверное имя пользователя или пароль", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_form_gets_messages_beside_the_fields()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.PostFormAsync("/account/login", new() { ["UserName"] = "", ["Password"] = "" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Введите имя пользователя", page.QuerySelector("[data-valmsg-for=UserName]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Введите пароль", page.QuerySelector("[data-valmsg-for=Password]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_the_login_page()
    {
        using var client = portal.CreatePortalClient();

        using var response = await client.Http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        var response = await client.PostFormAsync("/account/logout", [], formPage: "/");
        using var after = await client.Http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_a_correlation_id()
    {
        using var client = portal.CreatePortalClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("X-Correlation-Id", "test-correlation-42");

        using var response = await client.Http.SendAsync(request);

        Assert.Equal("test-correlation-42", response.Headers.GetValues("X-Correlation-Id").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_refused()
    {
        using var client = portal.CreatePortalClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = DemoUsers.Password });

        using var response = await client.Http.PostAsync(new Uri("/account/login", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
