using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Passport;

/// <summary>Arranges projects led by the demo leader and reads forms the way a browser would submit them.</summary>
internal static class PassportTablesTestKit
{
    /// <summary>A project 2019–2024 led by the demo leader («Чернецкая Людмила Геннадьевна»); arrange fills the rest.</summary>
    public static async Task<int> CreateProjectAsync(PortalFactory portal, ProjectLayout layout, Action<Project, AppDbContext>? arrange = null)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var leaderId = await db.Users.Where(u => u.UserName == DemoUsers.Leader.UserName).Select(u => u.Id).SingleAsync();
        var leader = await db.People.SingleOrDefaultAsync(p => p.UserId == leaderId)
            ?? new Person { FullName = DemoUsers.Leader.FullName, UserId = leaderId };
        var project = new Project
        {
            Name = "Проверка " + Guid.NewGuid().ToString("N")[..8],
            Layout = layout,
            BudgetBreakdown = layout == ProjectLayout.Municipal ? BudgetBreakdown.Stage : BudgetBreakdown.Direction,
            StartDate = new DateOnly(2019, 1, 1),
            EndDate = new DateOnly(2024, 12, 31),
        };
        project.Members.Add(new ProjectMember { Role = MemberRole.Leader, Person = leader });
        arrange?.Invoke(project, db);
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return project.Id;
    }

    public static async Task<T> ReadAsync<T>(PortalFactory portal, Func<AppDbContext, Task<T>> read)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }

    public static async Task ChangeAsync(PortalFactory portal, Func<AppDbContext, Task> change)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The fields the form would submit, as the page shows them: inputs, checked boxes, textareas, selected options.
    /// When a name repeats (a checkbox and its hidden «false»), the first wins, as model binding takes the first value.
    /// </summary>
    public static Dictionary<string, string> FormFields(IDocument page, string formSelector = "main form")
    {
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
                case IHtmlInputElement input when input.Type is "submit" or "button":
                    break;
                case IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = (select.SelectedOptions.Length > 0 ? select.SelectedOptions[0].Value : "");
                    break;
            }
        }

        return fields;
    }

    public static async Task<Dictionary<string, string>> FormFieldsAsync(PortalClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        return FormFields(page);
    }

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
