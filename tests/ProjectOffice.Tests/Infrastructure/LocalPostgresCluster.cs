using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ProjectOffice.Tests.Infrastructure;

/// <summary>A throwaway PostgreSQL cluster from the OS's binaries, on a free port, removed when the test run ends.</summary>
internal static class LocalPostgresCluster
{
    public static async Task<string> StartAsync()
    {
        var bin = FindBinaries();
        var asRoot = Environment.UserName == "root";
        await RemoveLeftoversAsync(bin, asRoot);
        var dir = Path.Combine(Path.GetTempPath(), $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        if (asRoot)
        {
            // initdb refuses to run as root, so the cluster belongs to the postgres user.
            await RunAsync("chown", $"postgres \"{dir}\"", asPostgres: false);
        }

        var port = FreePort();
        await RunAsync(Path.Combine(bin, "initdb"), $"-D \"{dir}\" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync", asRoot);
        var options = $"-p {port} -k '{dir}' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " +
                      "-c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB";
        await RunAsync(Path.Combine(bin, "pg_ctl"), $"-D \"{dir}\" -l \"{dir}/server.log\" -o \"{options}\" -w -t 60 start", asRoot);

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunAsync(Path.Combine(bin, "pg_ctl"), $"-D \"{dir}\" -m immediate -w stop", asRoot).GetAwaiter().GetResult();
                Directory.Delete(dir, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                // Leftovers live under /tmp; never fail the run for them.
            }
        };

        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true";
    }

    private const string Prefix = "projectoffice-tests-";

    /// <summary>
    /// Clusters of test runs whose process is gone: the test host may be ended before ProcessExit has stopped and removed
    /// its cluster, so each run sweeps what earlier runs left in the temp folder.
    /// </summary>
    private static async Task RemoveLeftoversAsync(string bin, bool asRoot)
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var pidText = Path.GetFileName(dir)[Prefix.Length..].Split('-')[0];
            if (!int.TryParse(pidText, System.Globalization.CultureInfo.InvariantCulture, out var pid) || IsRunning(pid))
            {
                continue;
            }

            try
            {
                if (File.Exists(Path.Combine(dir, "postmaster.pid")))
                {
                    // A server still running from a killed run; pg_ctl fails harmlessly when it is already down.
                    await RunAsync(Path.Combine(bin, "pg_ctl"), $"-D \"{dir}\" -m immediate -w stop", asRoot)
                        .ContinueWith(_ => { }, TaskScheduler.Default);
                }

                Directory.Delete(dir, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                // A leftover that cannot be removed now is tried again by the next run.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : new Version(0, 0))
                .ToList()
            : [];
        return candidates.FirstOrDefault()
            ?? throw new InvalidOperationException(
                "No PostgreSQL server binaries under /usr/lib/postgresql/*/bin and no Docker engine: run ./test.sh (it installs them) " +
                "or set ConnectionStrings__Tests to a server where the user may create databases.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string arguments, bool asPostgres)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
