using System.Security.Claims;
using ProjectOffice.Data.Journal;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>The journal's "who": the signed-in person of the current request, else the system (start-up, command line).</summary>
public sealed class HttpJournalUser(IHttpContextAccessor http) : IJournalUser
{
    public (string? Id, string Name) Current
    {
        get
        {
            var user = http.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                return (null, "Система");
            }

            return (user.FindFirstValue(ClaimTypes.NameIdentifier), user.DisplayName());
        }
    }
}
