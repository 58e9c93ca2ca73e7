using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ProjectOffice.Web.Features.Errors;

/// <summary>
/// The error page is re-executed for the refused request itself, with its body: a form that could not be read (over
/// the limits, or refused by the parser) would fail model binding again, and MVC then binds no parameter at all — the
/// status from the route came out null and a 400 turned into a 500. The error page takes nothing from the form.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class IgnoreRequestFormAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        context.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
