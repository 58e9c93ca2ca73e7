using System.Globalization;
using ProjectOffice.Web.Infrastructure;
using Serilog;

// A plain start-up logger, not Serilog's freezable bootstrap logger: several portals in one process (the tests)
// would race to freeze that one static instance. AddSerilog replaces this logger once the host is built.
Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPortal();
    var app = builder.Build();
    app.UsePortal();

    if (CommandLine.IsCommand(args))
    {
        return await CommandLine.RunAsync(app, args);
    }

    if (!await DatabaseStartup.PrepareAsync(app))
    {
        return 1;
    }

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The portal stopped because of an unexpected error");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
