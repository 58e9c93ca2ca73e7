using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// Views live beside their controller: a controller in namespace <c>ProjectOffice.Web.Features.Passport</c> finds its
/// views in <c>/Features/Passport/</c>, whatever the controller is called, so one feature folder may hold several
/// controllers (PassportGeneralController, PassportStagesController …).
/// </summary>
public sealed class FeatureFolderViewLocations : IViewLocationExpander
{
    private const string Key = "feature";
    private const string Prefix = "ProjectOffice.Web.Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns && ns.StartsWith(Prefix, StringComparison.Ordinal))
        {
            context.Values[Key] = ns[Prefix.Length..].Replace('.', '/');
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(Key, out var folder) && folder is not null
            ? viewLocations.Prepend("/Features/" + folder + "/{0}" + RazorViewEngine.ViewExtension)
            : viewLocations;
}
