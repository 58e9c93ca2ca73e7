using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// The project a request is about and what the caller may do there, found once by <see cref="ProjectAccessAttribute"/>.
/// An action takes it as a parameter (<c>ProjectAccess access</c>) to ask for further permissions
/// (<c>access.Can(Permissions.EditPlan)</c>) without asking the database again.
/// </summary>
[ModelBinder(typeof(ProjectAccessBinder))]
[ValidateNever]
public sealed class ProjectAccess(int projectId, IReadOnlySet<string> permissions)
{
    public int ProjectId { get; } = projectId;

    public IReadOnlySet<string> Permissions { get; } = permissions;

    public bool Can(string permission) => Permissions.Contains(permission);

    /// <summary>For helpers of an action that the filter has let through (an action itself takes it as a parameter).</summary>
    public static ProjectAccess From(HttpContext context) =>
        Of(context) ?? throw new InvalidOperationException("No [ProjectAccess] filter ran for this request.");

    internal static ProjectAccess? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[typeof(ProjectAccess)] as ProjectAccess;
    }

    internal void Store(HttpContext context) => context.Items[typeof(ProjectAccess)] = this;
}

/// <summary>Hands the action the <see cref="ProjectAccess"/> its filter found; an action without the filter fails loudly.</summary>
public sealed class ProjectAccessBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var access = ProjectAccess.Of(bindingContext.HttpContext)
                     ?? throw new InvalidOperationException(
                         $"{bindingContext.ActionContext.ActionDescriptor.DisplayName} takes a ProjectAccess but has no [ProjectAccess] filter.");
        bindingContext.Result = ModelBindingResult.Success(access);
        return Task.CompletedTask;
    }
}
