using System.Globalization;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>Ids from the route («{id:int}», «{itemId:int}») for filters, which see route values as text.</summary>
public static class RouteIds
{
    public static int? Of(FilterContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        return int.TryParse(Convert.ToString(context.RouteData.Values[key], CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }
}
