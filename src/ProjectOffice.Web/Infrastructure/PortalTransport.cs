using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// How requests reach the portal: which proxies may say who the client is and whether it came over HTTPS,
/// cookies that are Secure on HTTPS, HSTS and HTTPS redirection in Production.
/// </summary>
public static class PortalTransport
{
    /// <summary>
    /// X-Forwarded-For/Proto are believed only from these addresses and networks (settings ForwardedHeaders:KnownProxies
    /// and ForwardedHeaders:KnownNetworks, comma-separated or as a list); with neither set only a proxy on loopback is.
    /// Trusting every sender would let any client claim another address (the sign-in limit is per address) or HTTPS.
    /// </summary>
    public static void AddPortalTransport(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("ForwardedHeaders");
        var proxies = Values(section.GetSection("KnownProxies")).Select(IPAddress.Parse).ToList();
        var networks = Values(section.GetSection("KnownNetworks")).Select(System.Net.IPNetwork.Parse).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Count + networks.Count == 0)
            {
                return;   // the framework's default: loopback only
            }

            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });

        // Every cookie (sign-in, antiforgery, TempData) is Secure when the request came over HTTPS.
        builder.Services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.HttpOnly = HttpOnlyPolicy.Always;
        });
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
    }

    public static void UsePortalTransport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseCookiePolicy();
    }

    /// <summary>HSTS and HTTPS redirection: Production only (Portal:HttpsRedirection off behind a TLS proxy).</summary>
    public static void UsePortalHttps(this WebApplication app)
    {
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            if (app.Configuration.GetValue("Portal:HttpsRedirection", true))
            {
                app.UseHttpsRedirection();
            }
        }
    }

    /// <summary>
    /// The login redirect names no host: the framework builds it from the request's Host header, which a client chooses
    /// («Host: evil.example» would come back in Location).
    /// </summary>
    public static Task RedirectToLoginRelative(RedirectContext<CookieAuthenticationOptions> context)
    {
        var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    private static IEnumerable<string> Values(IConfigurationSection section) =>
        (section.Value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(section.GetChildren().Select(child => child.Value).OfType<string>())
            .Where(value => value.Length > 0);
}
