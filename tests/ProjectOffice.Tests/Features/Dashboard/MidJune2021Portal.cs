using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Dashboard;

/// <summary>The portal on 20.06.2021, in the middle of the municipal demo project's second stage.</summary>
public sealed class MidJune2021Portal : PortalFactory
{
    public static readonly DateOnly Today = new(2021, 6, 20);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2021, 6, 20, 9, 0, 0, TimeSpan.Zero)));
        });
    }
}
