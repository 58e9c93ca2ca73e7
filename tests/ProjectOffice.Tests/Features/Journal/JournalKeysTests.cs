using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Journal;
using ProjectOffice.Data.Migrations;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Tests.Features.ControlEvents;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Journal;

/// <summary>
/// Journal rows keep stable keys (entity type and property names) and are read in Russian, with people's and
/// organisations' names where the row stored their ids; rows written with the old Russian labels read the same
/// once the migration has rewritten them.
/// </summary>
[Collection(Portals.Journal)]
public sealed partial class JournalKeysTests(PortalFactory portal)
{
    [Fact]
    public async Task Rows_written_with_russian_labels_read_the_same_after_the_key_migration_and_filter_by_entity()
    {
        var id = await ImportCopyAsync(portal);
        var (eventId, methodistId, organisation) = await portal.WithDbAsync(async db => (
            await db.ControlEvents.Where(e => e.ProjectId == id).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(),
            await db.Users.Where(u => u.UserName == DemoUsers.Methodist.UserName).Select(u => u.Id).SingleAsync(),
            await db.Organisations.OrderBy(o => o.Id).Select(o => new { o.Id, o.Name }).FirstAsync()));
        var eventKey = eventId.ToString(CultureInfo.InvariantCulture);
        // Rows as the portal wrote them before the migration: Russian labels, and property names where no label existed.
        await portal.ChangeAsync(db =>
        {
            JournalEntry Old(string entity, string field, string? value) => new()
            {
                ProjectId = id, At = DateTimeOffset.UtcNow, UserName = "Старая запись", Action = JournalAction.Update,
                EntityType = entity, EntityId = eventKey, Field = field, NewValue = value,
            };
            db.Journal.AddRange(
                Old("Контрольное событие", "Фактическая дата", "15.06.2021"),
                Old("Контрольное событие", "DoneByUserId", methodistId),
                Old("Ответственный", "OrganisationId", organisation.Id.ToString(CultureInfo.InvariantCulture)),
                Old("Подпись формы", "Должность", "Директор"));
            return Task.CompletedTask;
        });

        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(StoreJournalKeysInsteadOfLabels.UpSql));

        var stored = await portal.WithDbAsync(db => db.Journal.AsNoTracking()
            .Where(j => j.ProjectId == id && j.UserName == "Старая запись").OrderBy(j => j.Id).Select(j => j.EntityType + "." + j.Field).ToListAsync());
        Assert.Equal(["ControlEvent.DoneOn", "ControlEvent.DoneByUserId", "Responsible.OrganisationId", "FormSignature.PositionText"], stored);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var events = await office.GetPageAsync($"/projects/{id}/journal?entity=ControlEvent&user={Uri.EscapeDataString("Старая запись")}");
        var rows = Rows(events, "journal");
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("Контрольное событие", StringComparison.Ordinal) && r.Contains("Фактическая дата 15.06.2021", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Отметил " + DemoUsers.Methodist.FullName, StringComparison.Ordinal));
        Assert.Equal("Контрольное событие", events.QuerySelector("#entity option[value=ControlEvent]")!.TextContent);
        var responsibles = await office.GetPageAsync($"/projects/{id}/journal?entity=Responsible&user={Uri.EscapeDataString("Старая запись")}");
        Assert.Contains("Организация " + organisation.Name, Assert.Single(Rows(responsibles, "journal")), StringComparison.Ordinal);
        foreach (var page in new[] { events, responsibles })
        {
            var text = page.QuerySelector("[data-testid=journal]")!.TextContent;
            Assert.DoesNotMatch(Guid(), text);
            Assert.DoesNotContain("DoneByUserId", text, StringComparison.Ordinal);
            Assert.DoesNotContain("OrganisationId", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_history_of_a_marked_event_names_the_field_and_the_person_never_an_id()
    {
        var id = await ImportCopyAsync(portal);
        var eventId = await DemoEvents.IdAsync(portal, id, 1);
        var version = (await DemoEvents.LoadAsync(portal, eventId)).Version;
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);

        using var marked = await methodist.PostFormAsync($"/control-events/{eventId}/done", new()
        {
            ["Form.Version"] = version.ToString(CultureInfo.InvariantCulture), ["Form.DoneOn"] = "18.06.2021",
        });

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var stored = await portal.WithDbAsync(db => db.Journal.AsNoTracking()
            .Where(j => j.EntityType == "ControlEvent" && j.EntityId == eventId.ToString(CultureInfo.InvariantCulture)).Select(j => j.Field).ToListAsync());
        Assert.Contains("DoneByUserId", stored);
        var history = string.Join("\n", Rows(await methodist.GetPageAsync($"/control-events/{eventId}"), "history"));
        Assert.Contains("Фактическая дата → 18.06.2021", history, StringComparison.Ordinal);
        Assert.Contains("Отметил → " + DemoUsers.Methodist.FullName, history, StringComparison.Ordinal);
        Assert.Contains("Статус Запланировано → Выполнено", history, StringComparison.Ordinal);
        Assert.DoesNotMatch(Guid(), history);
        Assert.DoesNotContain("ById", history, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_journalled_property_has_a_russian_name()
    {
        // Bookkeeping columns the interceptor does not journal.
        string[] ignored = ["Version", "UpdatedAt", "MarkedAt", "Content"];
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql("Host=unused").Options);

        var unnamed = db.Model.GetEntityTypes()
            .Where(t => JournalNames.Describes(t.ClrType))
            .SelectMany(t => t.GetProperties().Select(p => $"{t.ClrType.Name}.{p.Name}"))
            .Where(p => !ignored.Contains(p.Split('.')[1]) && !JournalNames.HasFieldLabel(p.Split('.')[1]))
            .ToList();

        Assert.True(unnamed.Count == 0, "No Russian name: " + string.Join(", ", unnamed));
        Assert.All(db.Model.GetEntityTypes().Where(t => JournalNames.Describes(t.ClrType)),
            t => Assert.NotEqual(t.ClrType.Name, JournalNames.Entity(JournalNames.EntityKey(t.ClrType))));
    }

    /// <summary>The rows of a table, each as its cells' text joined by single spaces.</summary>
    private static List<string> Rows(IDocument page, string testId) =>
        page.QuerySelectorAll($"[data-testid={testId}] tbody tr")
            .Select(r => Spaces().Replace(string.Join(" ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim())), " ").Trim())
            .ToList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();
}
