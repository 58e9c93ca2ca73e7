using Microsoft.AspNetCore.Hosting;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Forms;

/// <summary>A portal whose configured Chromium does not exist.</summary>
public sealed class PortalWithoutChromium : PortalFactory
{
    protected override bool SharesPrinter => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Forms:ChromiumPath", "/nonexistent/chromium");
    }
}
