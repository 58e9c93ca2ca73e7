using System.Net;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Errors;

/// <summary>A portal started as ./run.sh starts it (Development) whose database connection goes through a switch the test cuts.</summary>
public sealed class PortalWithSwitchableDatabase : PortalFactory
{
    private TcpSwitch? databaseSwitch;

    public TcpSwitch DatabaseSwitch => databaseSwitch ?? throw new InvalidOperationException("The portal has not started.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var direct = new NpgsqlConnectionStringBuilder(ConnectionString);
        databaseSwitch ??= new TcpSwitch(direct.Host!, direct.Port);
        var relayed = new NpgsqlConnectionStringBuilder(ConnectionString) { Host = "127.0.0.1", Port = databaseSwitch.Port, Timeout = 3 };
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Default", relayed.ConnectionString);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        databaseSwitch?.Dispose();
    }
}

public sealed class DatabaseOutageTests(PortalWithSwitchableDatabase portal) : IClassFixture<PortalWithSwitchableDatabase>
{
    private const string OutageMessage = "Сервис временно недоступен, попробуйте позже.";

    [Fact]
    public async Task While_the_database_is_unreachable_pages_answer_503_with_a_russian_page_and_no_stack_trace()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var anonymous = portal.CreatePortalClient();
        var loginForm = await anonymous.GetPageAsync("/account/login");
        var token = loginForm.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var before = await office.Http.GetAsync(new Uri("/projects", UriKind.Relative));

        portal.DatabaseSwitch.Cut();
        using var signedIn = await office.Http.GetAsync(new Uri("/projects", UriKind.Relative));
        using var signInAttempt = await anonymous.Http.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "office",
            ["Password"] = DemoUsers.Password,
            ["__RequestVerificationToken"] = token,
        }));
        using var health = await anonymous.Http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        foreach (var response in new[] { signedIn, signInAttempt })
        {
            var html = await response.Content.ReadAsStringAsync();
            var page = await PortalClient.ParseAsync(response);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Equal(OutageMessage, page.QuerySelector("[data-testid=error-message]")?.TextContent);
            Assert.Equal(response.Headers.GetValues("X-Correlation-Id").Single(), page.QuerySelector("[data-testid=request-id]")?.TextContent);
            Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Npgsql", html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }
}
