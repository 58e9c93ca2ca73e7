using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests;

/// <summary>
/// The test suite's arrange kit: everything a test needs to put rows into a portal's database, read them back and read
/// a page's form as a browser would submit it. The kits beside this file (projects, passports, plans, approval, control
/// events, practices, plan import, people) build on these; they live in this one folder and namespace so that a test
/// finds every helper in one place and none is written twice.
/// </summary>
internal static class Arrange
{
    /// <summary>A tag unique to the test, for names, so that tests sharing a database never see each other's rows.</summary>
    public static string NewTag() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>Runs a read or an arrangement against the portal's database in a scope of its own.</summary>
    public static async Task<T> WithDbAsync<T>(this PortalFactory portal, Func<AppDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = portal.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Changes rows and saves them.</summary>
    public static async Task ChangeAsync(this PortalFactory portal, Func<AppDbContext, Task> change)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(change);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }

    /// <summary>The first project of the name: the seeded demo project when tests sharing the database imported copies.</summary>
    public static Task<int> ProjectIdAsync(this PortalFactory portal, string name) =>
        portal.WithDbAsync(db => db.Projects.Where(p => p.Name == name).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());

    /// <summary>
    /// The fields the form would submit, as the page shows them: inputs, checked boxes, textareas, selected options.
    /// When a name repeats (a checkbox and its hidden «false»), the first wins, as model binding takes the first value.
    /// </summary>
    public static Dictionary<string, string> FormFields(IDocument page, string formSelector = "main form")
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form {formSelector}");
        var fields = new Dictionary<string, string>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (name == "__RequestVerificationToken" || fields.ContainsKey(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "file":
                    break;
                case IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.SelectedOptions.Length > 0 ? select.SelectedOptions[0].Value : "";
                    break;
            }
        }

        return fields;
    }

    public static async Task<Dictionary<string, string>> FormFieldsAsync(PortalClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        return FormFields(await client.GetPageAsync(url));
    }

    /// <summary>The validation message shown next to a field.</summary>
    public static string? ErrorNextTo(IDocument page, string fieldName) =>
        page.QuerySelector($"[data-valmsg-for='{fieldName}']")?.TextContent.Trim();

    public static string? ValueOf(IDocument page, string fieldName) =>
        page.QuerySelector($"[name='{fieldName}']") switch
        {
            IHtmlInputElement input => input.Value,
            IHtmlTextAreaElement area => area.Value,
            IHtmlSelectElement select => select.SelectedOptions.Length > 0 ? select.SelectedOptions[0].Value : null,
            _ => null,
        };
}
