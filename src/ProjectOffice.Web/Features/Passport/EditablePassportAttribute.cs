using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// Put on every passport editor (routes <c>projects/{id}/edit/…</c>): while the passport is under review or approved
/// (<see cref="PassportWorkflow.IsPassportEditable"/>), opening a section leads back to the card with the reason and a
/// POST answers 409 without running the action. Whoever may not edit the passport at all has had the 403 of
/// <see cref="ProjectAccessAttribute"/> (an authorization filter, it runs first).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EditablePassportAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Controller is not Controller controller
            || RouteIds.Of(context, "id") is not { } id)
        {
            await next();
            return;
        }

        var services = context.HttpContext.RequestServices;
        var status = await services.GetRequiredService<AppDbContext>().Projects
            .Where(p => p.Id == id).Select(p => (Domain.Projects.ProjectStatus?)p.Status)
            .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (status is not { } current || PassportFreeze.Reason(current) is not { } reason)
        {
            await next();
            return;
        }

        context.Result = Refusal.Of(controller, reason, $"/projects/{id}", "К карточке проекта");
    }
}
