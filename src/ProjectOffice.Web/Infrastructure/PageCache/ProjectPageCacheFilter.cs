using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Net.Http.Headers;
using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Web.Features.Notifications;

namespace ProjectOffice.Web.Infrastructure.PageCache;

/// <summary>
/// Serves a heavy project page from <see cref="ProjectPageCache"/> when nothing it shows has changed, and answers
/// 304 to a browser that already holds it (If-None-Match). The action runs, access checks included, only on a miss:
/// a hit needs the same user, claims, project and shared-data stamps as the 200 it was stored from, and a page's
/// access decision depends on nothing else.
/// </summary>
public sealed class ProjectPageCacheFilter(
    ProjectPageCache cache, AppDbContext db, TimeProvider clock, IAntiforgery antiforgery, ITempDataDictionaryFactory tempData)
    : IAsyncActionFilter, IAsyncResultFilter
{
    public const string KeyItem = "ProjectPageCache.Key";
    public const string PageItem = "ProjectPageCache.Page";
    public const string InboxCountItem = "ProjectPageCache.InboxCount";
    public const string CachedView = "/Features/Shared/CachedPage.cshtml";

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!cache.Enabled || !HttpMethods.IsGet(http.Request.Method) || http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId
            // A message carried over a redirect («Пункт сохранен», a refusal) is shown once: such a page is neither served nor kept.
            || tempData.GetTempData(http).Count > 0)
        {
            await next();
            return;
        }

        var ct = http.RequestAborted;
        var claims = string.Join('\u001e', http.User.Claims.Select(c => c.Type + "=" + c.Value).Order(StringComparer.Ordinal));
        // A page of one project (route value «id») changes with that project's data; a page across projects (the list,
        // the dashboards, the portfolio) with anyone's, and its «recently done» rows age by the hour.
        var ofProject = int.TryParse(context.RouteData.Values["id"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var projectId);
        var key = ProjectPageCache.Key(
            userId + "\u001e" + claims,
            ofProject
                ? clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + clock.GetUtcNow().ToString("'T'HH", CultureInfo.InvariantCulture),
            http.Request.Path + http.Request.QueryString,
            ofProject ? await ProjectPageCache.StampsAsync(db, projectId, ct) : await ProjectPageCache.RegionStampAsync(db, ct));
        // The menu's «Входящие (N)» is outside the cached body but inside the response the browser holds.
        var inbox = await InboxQueries.CountAsync(db, http.User, ct);
        http.Items[InboxCountItem] = inbox;
        var etag = ProjectPageCache.ETag(key, inbox);
        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
            {
                http.Response.Headers.ETag = etag;
                // Revalidated on every use, never kept by a shared cache (the page is one user's). Replaces the
                // antiforgery's no-store, which would stop the browser from keeping the page to revalidate.
                http.Response.Headers.CacheControl = "private, no-cache";
                http.Response.Headers.Remove(HeaderNames.Pragma);
            }

            return Task.CompletedTask;
        });

        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag)))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
            return;
        }

        if (cache.Find(key, http, antiforgery) is { } page)
        {
            context.Result = ((Controller)context.Controller).View(CachedView, page);
            return;
        }

        http.Items[KeyItem] = key;
        await next();
    }

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        await next();
        var http = context.HttpContext;
        if (http.Items[KeyItem] is string key && http.Items[PageItem] is CachedPage page
            && context.Result is ViewResult && http.Response.StatusCode == StatusCodes.Status200OK)
        {
            cache.Store(key, page);
        }
    }
}
