using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ProjectOffice.Tests.Infrastructure;

/// <summary>
/// The in-memory test server has no client address; a portal under test with this filter takes it from the
/// X-Test-Client header, as if the request had come from that address over the network (before forwarded headers).
/// </summary>
public static class ClientAddress
{
    public const string Header = "X-Test-Client";

    public static void UseTestClientAddresses(this IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, Filter>());

    /// <summary>Makes the client's requests come from this address.</summary>
    public static PortalClient From(this PortalClient client, string address)
    {
        client.Http.DefaultRequestHeaders.Remove(Header);
        client.Http.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
