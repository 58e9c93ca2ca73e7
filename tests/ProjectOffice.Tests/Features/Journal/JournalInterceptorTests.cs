using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Journal;

[Collection(Portals.Journal)]
public sealed class JournalInterceptorTests(PortalFactory portal)
{
    [Fact]
    public async Task An_import_by_the_office_is_journalled_under_the_new_project_and_its_person()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var reader = new StreamReader(DemoProjectSeeder.OpenDemoFile("engineering-cluster.json"));
        using var content = new StringContent(await reader.ReadToEndAsync(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await office.Http.PostAsync(new Uri("/api/projects/import", UriKind.Relative), content);

        var id = int.Parse(response.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.Journal.Where(j => j.ProjectId == id).ToListAsync();
        Assert.Contains(rows, r => r.Action == JournalAction.Create && r.EntityType == "Проект" && r.NewValue == "Инженерный кластер");
        Assert.Contains(rows, r => r.Action == JournalAction.Create && r.EntityType == "Этап");
        Assert.Contains(rows, r => r.Action == JournalAction.Create && r.EntityType == "Контрольное событие");
        Assert.All(rows, r => Assert.Equal(DemoUsers.Office.FullName, r.UserName));
    }

    [Fact]
    public async Task An_update_records_the_field_with_its_old_and_new_value()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stage = await db.Stages.OrderBy(s => s.Id).FirstAsync();
        var projectId = stage.ProjectId;
        var old = stage.EndDate;

        stage.EndDate = old.AddDays(-1);
        await db.SaveChangesAsync();

        var row = await db.Journal.Where(j => j.ProjectId == projectId && j.Field == "Дата окончания").OrderByDescending(j => j.Id).FirstAsync();
        Assert.Equal(JournalAction.Update, row.Action);
        Assert.Equal(old.ToString("dd.MM.yyyy", null), row.OldValue);
        Assert.Equal(old.AddDays(-1).ToString("dd.MM.yyyy", null), row.NewValue);
        Assert.Equal("Система", row.UserName);
    }

    [Fact]
    public async Task A_failed_save_leaves_no_journal_row()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var before = await db.Journal.CountAsync();
        var project = await db.Projects.OrderBy(p => p.Id).FirstAsync();
        project.Name = new string('Я', 2000); // longer than the column: the database refuses the update

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        db.ChangeTracker.Clear();
        Assert.Equal(before, await db.Journal.CountAsync());
    }

    [Fact]
    public async Task Journal_rows_cannot_be_changed_or_deleted()
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE \"Journal\" SET \"UserName\" = 'someone else'", connection);
        await using var delete = new NpgsqlCommand("DELETE FROM \"Journal\"", connection);

        await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task Status_changes_are_recorded_as_such()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var project = await db.Projects.OrderByDescending(p => p.Id).FirstAsync();

        project.Status = ProjectStatus.InAgreement;
        await db.SaveChangesAsync();

        Assert.True(await db.Journal.AnyAsync(j => j.ProjectId == project.Id && j.Action == JournalAction.StatusChange
            && j.OldValue == "Черновик" && j.NewValue == "На согласовании"));
    }
}
