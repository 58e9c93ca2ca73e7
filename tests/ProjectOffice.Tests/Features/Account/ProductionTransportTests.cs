using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Account;

/// <summary>The portal as deployed: Production, behind one known proxy, for two host names.</summary>
public sealed class PortalInProduction : PortalFactory
{
    public const string Proxy = "10.1.2.3";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("ForwardedHeaders:KnownProxies", Proxy);
        builder.UseSetting("AllowedHosts", "portal.example;localhost");
        builder.UseSetting("Portal:HttpsRedirection", "false");
        builder.UseTestClientAddresses();
    }

    public PortalClient CreateClientAt(string baseAddress) => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri(baseAddress),
        AllowAutoRedirect = false,
        HandleCookies = true,
    }));
}

public sealed class ProductionTransportTests(PortalInProduction portal) : IClassFixture<PortalInProduction>
{
    [Fact]
    public async Task Over_https_every_cookie_is_secure_and_hsts_is_sent()
    {
        // HSTS is never sent to localhost: a host name the portal allows.
        using var client = portal.CreateClientAt("https://portal.example");

        using var login = await client.Http.GetAsync(new Uri("/account/login", UriKind.Relative));
        var signIn = await client.PostFormAsync("/account/login", new() { ["UserName"] = "admin", ["Password"] = DemoUsers.Password });

        var cookies = SetCookies(login).Concat(SetCookies(signIn)).ToList();
        Assert.Contains(cookies, c => c.StartsWith("ProjectOffice.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("ProjectOffice.Auth=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.True(login.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Forwarded_https_is_believed_from_the_known_proxy_only()
    {
        using var viaProxy = portal.CreatePortalClient().From(PortalInProduction.Proxy);
        using var direct = portal.CreatePortalClient().From("10.9.9.9");

        using var proxied = await GetLoginForwardedAsHttps(viaProxy);
        using var forged = await GetLoginForwardedAsHttps(direct);

        Assert.Contains("secure", SetCookies(proxied).Single(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", SetCookies(forged).Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_host_outside_allowed_hosts_is_refused()
    {
        using var client = portal.CreatePortalClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/projects", UriKind.Relative));
        request.Headers.Host = "evil.example";

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil.example", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> GetLoginForwardedAsHttps(PortalClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/login", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "192.0.2.10");
        return await client.Http.SendAsync(request);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}
