using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;
using ProjectOffice.Web.Features.Passport;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Passport;

/// <summary>A passport under review or approved is frozen: its editors refuse to save until a change request reopens it.</summary>
[Collection(Portals.Passport)]
public sealed class FrozenPassportTests(PortalFactory portal)
{
    private const string Approved = "Паспорт утверждён. Чтобы изменить его, откройте запрос на изменение.";

    public static TheoryData<string> Editors() =>
        ["general", "team", "stages", "lists", "tasks", "indicators", "indicator-details", "budget", "materials"];

    [Theory]
    [MemberData(nameof(Editors))]
    public async Task A_save_of_an_approved_passport_is_refused_and_changes_nothing(string editor)
    {
        var id = await ImportCopyAsync(portal);
        var url = await EditorUrlAsync(id, editor);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var fields = (await leader.GetPageAsync(url)).Fields();
        await ApproveAsync(portal, id);
        var before = await StateAsync(id);
        // The form as it was, with the project's current Version: without the freeze this save would go through.
        fields[fields.Keys.Single(k => k.EndsWith("Version", StringComparison.Ordinal))] = before.Version.ToString(CultureInfo.InvariantCulture);
        fields["command"] = "save";

        using var response = await leader.PostFormAsync(url, fields, formPage: "/");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(Approved, (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=refusal]")!.TextContent.Trim());
        Assert.Equal(before, await StateAsync(id));
    }

    [Fact]
    public async Task An_editor_of_an_approved_passport_leads_to_the_card_which_says_why_and_has_no_edit_button()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using var editor = await leader.Http.GetAsync(new Uri($"/projects/{id}/edit/budget", UriKind.Relative));
        var card = await leader.GetPageAsync(editor.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, editor.StatusCode);
        Assert.Equal($"/projects/{id}", editor.Headers.Location.OriginalString);
        Assert.Equal(Approved, card.QuerySelector("[data-testid=refusal]")!.TextContent.Trim());
        Assert.Null(card.QuerySelector("[data-testid=edit-project]"));
        var again = await leader.GetPageAsync($"/projects/{id}");
        Assert.Contains(Approved, again.QuerySelector("[data-testid=passport-frozen]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProjectStatus.InAgreement, "на согласовании")]
    [InlineData(ProjectStatus.InApproval, "на утверждении")]
    public async Task A_passport_under_review_is_frozen_too(ProjectStatus status, string words)
    {
        var id = await ImportCopyAsync(portal, status);
        var before = await StateAsync(id);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using var response = await leader.PostFormAsync($"/projects/{id}/edit/general", new()
        {
            ["Form.Version"] = before.Version.ToString(CultureInfo.InvariantCulture),
            ["Form.Name"] = "Переименованный на рассмотрении",
        }, formPage: "/");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(words, (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=refusal]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync(id));
        Assert.Null((await leader.GetPageAsync($"/projects/{id}")).QuerySelector("[data-testid=edit-project]"));
    }

    [Fact]
    public async Task Who_may_not_edit_at_all_still_gets_403_on_an_approved_passport()
    {
        var id = await ImportCopyAsync(portal, ProjectStatus.Approved);
        var before = await StateAsync(id);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        using var page = await viewer.Http.GetAsync(new Uri($"/projects/{id}/edit/general", UriKind.Relative));
        using var forged = await viewer.PostFormAsync($"/projects/{id}/edit/general", new() { ["Form.Name"] = "Взлом" }, formPage: "/");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(before, await StateAsync(id));
    }

    [Fact]
    public async Task After_a_change_request_the_leader_edits_again()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, "change-request", "Новая цель")).StatusCode);

        var fields = (await leader.GetPageAsync($"/projects/{id}/edit/general")).Fields();
        fields["Form.Goal"] = "Цель после запроса на изменение";
        using var saved = await leader.PostFormAsync($"/projects/{id}/edit/general", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Цель после запроса на изменение", await portal.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Goal).SingleAsync()));
        Assert.NotNull((await leader.GetPageAsync($"/projects/{id}")).QuerySelector("[data-testid=edit-project]"));
    }

    [Fact]
    public void Every_passport_editor_carries_the_freeze()
    {
        var editors = typeof(PassportSections).Assembly.GetTypes()
            .Where(t => typeof(Controller).IsAssignableFrom(t)
                        && t.GetCustomAttribute<RouteAttribute>()?.Template?.StartsWith("projects/{id:int}/edit", StringComparison.Ordinal) == true)
            .ToList();

        Assert.True(editors.Count >= 9, $"found {editors.Count} passport editors");
        Assert.All(editors, t => Assert.NotNull(t.GetCustomAttribute<EditablePassportAttribute>()));
    }

    /// <summary>The editor's page; an indicator's own page gets an indicator (the municipal demo has none).</summary>
    private async Task<string> EditorUrlAsync(int id, string editor)
    {
        if (editor != "indicator-details")
        {
            return $"/projects/{id}/edit/{editor}";
        }

        var indicator = new Indicator { ProjectId = id, Name = "Доля учащихся, вовлеченных в профориентацию", Unit = "%", BaselineText = "10" };
        await portal.ChangeAsync(db =>
        {
            db.Indicators.Add(indicator);
            return Task.CompletedTask;
        });
        return $"/projects/{id}/edit/indicators/{indicator.Id}";
    }

    /// <summary>The whole passport as exported, and the project row's Version (every passport save touches it).</summary>
    private Task<State> StateAsync(int id) => portal.WithDbAsync(async db =>
    {
        var document = await new ProjectExporter(db).ExportAsync(id, CancellationToken.None);
        var version = await db.Projects.Where(p => p.Id == id).Select(p => p.Version).SingleAsync();
        return new State(JsonSerializer.Serialize(document!.Project, ProjectDocument.JsonOptions), version);
    });

    private sealed record State(string Passport, uint Version);
}
