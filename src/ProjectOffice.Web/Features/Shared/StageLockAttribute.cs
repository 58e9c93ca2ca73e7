using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.Approval;
using ProjectOffice.Domain.Access;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Layout;

/// <summary>
/// Put on the actions that change one plan item (route <c>{itemId}</c>) or one control event (route <c>{eventId}</c>):
/// while its stage is closed (<see cref="StageLocks"/>) the editor leads back with the reason and a POST answers 409
/// without running the action. Whoever may not read the project gets 403, as the action would answer.
/// Targets named in the form (a new parent, another stage) are checked in the actions with <see cref="Refuse"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StageLockAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var target = await LockedTargetAsync(context);
        if (target is not { } locked || context.Controller is not Controller controller)
        {
            await next();
            return;
        }

        var auth = context.HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
        context.Result = (await auth.AuthorizeAsync(controller.User, new ProjectResource(locked.ProjectId), Permissions.ViewProject)).Succeeded
            ? Refuse(controller, locked.Back)
            : new ForbidResult();
    }

    /// <summary>The refusal of a change in a closed stage: back to <paramref name="backUrl"/> with the reason, or 409 for a POST.</summary>
    public static IActionResult Refuse(Controller controller, string backUrl) =>
        Layout.Refusal.Of(controller, Domain.Approval.StageLockRules.Message, backUrl, "Вернуться");

    /// <summary>Whether a plan item or a stage named as the target of a change (a new parent, the event's stage) is in a closed stage.</summary>
    public static async Task<bool> TouchesClosedStageAsync(AppDbContext db, int? planItemId, int? stageId, CancellationToken ct) =>
        (planItemId is { } item && await StageLocks.IsPlanItemLockedAsync(db, item, ct))
        || (stageId is { } stage && await StageLocks.IsLockedAsync(db, stage, ct));

    /// <summary>The project and the page to go back to when the route's plan item or control event is in a closed stage.</summary>
    private static async Task<(int ProjectId, string Back)?> LockedTargetAsync(ActionExecutingContext context)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var ct = context.HttpContext.RequestAborted;
        if (RouteIds.Of(context, "itemId") is { } itemId)
        {
            var projectId = await db.PlanItems.Where(i => i.Id == itemId).Select(i => (int?)i.ProjectId).SingleOrDefaultAsync(ct);
            return projectId is { } id && await StageLocks.IsPlanItemLockedAsync(db, itemId, ct) ? (id, $"/projects/{id}/plan#item-{itemId}") : null;
        }

        if (RouteIds.Of(context, "eventId") is { } eventId)
        {
            var projectId = await db.ControlEvents.Where(e => e.Id == eventId).Select(e => (int?)e.ProjectId).SingleOrDefaultAsync(ct);
            return projectId is { } id && await StageLocks.IsControlEventLockedAsync(db, eventId, ct) ? (id, $"/control-events/{eventId}") : null;
        }

        return null;
    }
}
