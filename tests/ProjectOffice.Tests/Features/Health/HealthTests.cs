using System.Net;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Health;

// A host of its own: the test drops its database, which would take a shared portal down with it.
public sealed class HealthTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Health_is_200_with_the_database_up_and_503_once_it_is_gone()
    {
        using var client = portal.CreatePortalClient();
        using var up = await client.Http.GetAsync(new Uri("/health", UriKind.Relative));

        await TestDatabaseServer.DropDatabaseAsync(portal.ConnectionString);
        using var down = await client.Http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
    }
}
