using System.Net.Sockets;
using Npgsql;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>Tells an unreachable database (the portal cannot work; try later: 503) from a failing request (a bug: 500).</summary>
public static class DatabaseOutage
{
    /// <summary>Seconds a client is asked to wait (Retry-After) while the database is unreachable.</summary>
    public const int RetryAfterSeconds = 30;

    public static bool IsOutage(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return IsUnavailableState(postgres.SqlState);
                // Any other Npgsql failure is about reaching the server (connect refused, broken socket, timeout):
                // errors in a statement arrive as PostgresException.
                case NpgsqlException:
                case SocketException:
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Connection exceptions (class 08), the server shutting down or starting (57P01–57P03), no free connection (53300)
    /// and a database that is not there (3D000, e.g. dropped or not yet restored).
    /// </summary>
    private static bool IsUnavailableState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state is "57P01" or "57P02" or "57P03" or "53300" or "3D000";
}
