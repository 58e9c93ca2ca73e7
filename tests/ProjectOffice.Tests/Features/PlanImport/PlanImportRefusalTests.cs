using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.PlanImportKit;

namespace ProjectOffice.Tests.Features.PlanImport;

/// <summary>What the plan import refuses, and that a refusal changes nothing.</summary>
[Collection(Portals.PlanImport)]
public sealed class PlanImportRefusalTests(PortalFactory portal)
{
    public static TheoryData<string, string> ForbiddenUsers() => new()
    {
        { DemoUsers.Methodist.UserName, DemoPlans.Municipal },
        { DemoUsers.Viewer.UserName, DemoPlans.Municipal },
        { DemoUsers.Leader.UserName, DemoPlans.National },
    };

    [Fact]
    public async Task A_renamed_column_header_is_named_by_row_and_column_and_nothing_changes()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.Municipal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var before = await SnapshotAsync(id);
        var header = 0;
        var xlsx = Edit(await ExportAsync(leader, id), sheet =>
        {
            header = Row(sheet, "№ п/п");
            sheet.Cell(header, 2).Value = "Название мероприятия";
            sheet.Cell(Row(sheet, "3."), 2).Value = "Изменённое название";
        });

        using var response = await UploadAsync(leader, id, xlsx);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal([$"Строка {header}, столбец B: ожидался заголовок «Наименование мероприятия проекта», в файле «Название мероприятия»."], Problems(page));
        Assert.Null(page.QuerySelector("input[name=payload]"));
        Assert.Equal(before, await SnapshotAsync(id));
    }

    [Fact]
    public async Task Impossible_date_misplaced_number_and_empty_name_are_listed_with_row_and_column_and_nothing_changes()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.Municipal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var before = await SnapshotAsync(id);
        int third = 0, sixth = 0, twelfth = 0;
        var xlsx = Edit(await ExportAsync(leader, id), sheet =>
        {
            (third, sixth, twelfth) = (Row(sheet, "3."), Row(sheet, "6."), Row(sheet, "12."));
            sheet.Cell(third, 4).Value = "31.06.2021";
            sheet.Cell(sixth, 2).Value = "";
            sheet.Cell(twelfth, 1).Value = "3.7";
        });

        using var response = await UploadAsync(leader, id, xlsx);

        Assert.Equal(
            [
                $"Строка {third}, столбец D: дата «31.06.2021» не существует",
                $"Строка {sixth}, столбец B: не указано наименование",
                $"Строка {twelfth}, столбец A: номер «3.7» не подходит: над ним нет мероприятия «3.»",
            ],
            Problems(await PortalClient.ParseAsync(response)));
        Assert.Equal(before, await SnapshotAsync(id));
    }

    [Theory]
    [InlineData("План.pdf", "%PDF-1.4 not a workbook", "Нужен файл Excel (.xlsx)")]
    [InlineData("План.xls", "old excel", "старом формате Excel (.xls)")]
    [InlineData("План.xlsx", "просто текст, а не книга", "Файл не читается как книга Excel (.xlsx)")]
    [InlineData("План.xlsx", "PK\u0003\u0004broken zip", "Файл не читается как книга Excel (.xlsx)")]
    public async Task A_file_that_is_not_a_plan_workbook_gets_a_russian_message(string fileName, string content, string message)
    {
        var id = await portal.ProjectIdAsync(DemoPlans.Municipal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using var response = await UploadAsync(leader, id, System.Text.Encoding.UTF8.GetBytes(content), fileName);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("[data-testid=import-error], [data-testid=import-problems]")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_5_MB_is_refused_with_a_message()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.Municipal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var huge = new byte[6 * 1024 * 1024];
        "PK\u0003\u0004"u8.CopyTo(huge);

        using var response = await UploadAsync(leader, id, huge);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await leader.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.StartsWith("Файл больше 5 МБ", page.QuerySelector("[data-testid=import-error]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_without_the_plan_table_is_refused_with_a_message()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.Municipal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("Лист1").Cell(1, 1).Value = "Бюджет";
        using var bytes = new MemoryStream();
        workbook.SaveAs(bytes);

        var page = await PortalClient.ParseAsync(await UploadAsync(leader, id, bytes.ToArray()));

        Assert.StartsWith("В файле не найдена таблица плана: нет строки с заголовком «№ п/п»", Assert.Single(Problems(page)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ForbiddenUsers))]
    public async Task Who_may_not_edit_the_plan_gets_403_on_every_step_and_nothing_changes(string userName, string projectName)
    {
        var id = await portal.ProjectIdAsync(projectName);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var xlsx = Edit(await ExportAsync(office, id), sheet => sheet.Cell(Row(sheet, projectName == DemoPlans.National ? "1.1.2" : "2."), 2).Value = "Чужая правка");
        var payload = Payload(await PreviewAsync(office, id, xlsx));
        var before = await SnapshotAsync(id);
        using var user = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));

        using var page = await user.Http.GetAsync(new Uri($"/projects/{id}/plan/import", UriKind.Relative));
        using var upload = await UploadAsync(user, id, xlsx);
        using var apply = await ApplyAsync(user, id, payload);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, apply.StatusCode);
        Assert.Equal(before, await SnapshotAsync(id));
        Assert.Null((await user.GetPageAsync($"/projects/{id}/plan")).QuerySelector("[data-testid=plan-import]"));
    }

    [Fact]
    public async Task A_tampered_or_foreign_confirmation_is_refused_and_nothing_changes()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.Municipal);
        var other = await portal.ProjectIdAsync(DemoPlans.National);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var payload = Payload(await PreviewAsync(office, id, Edit(await ExportAsync(office, id), sheet => sheet.Cell(Row(sheet, "2."), 2).Value = "Подделка")));
        var foreign = Payload(await PreviewAsync(office, other, Edit(await ExportAsync(office, other), sheet => sheet.Cell(Row(sheet, "1.1.2"), 2).Value = "Подделка")));
        var middle = payload.Length / 2;
        var tampered = payload[..middle] + (payload[middle] == 'A' ? 'B' : 'A') + payload[(middle + 1)..];
        var before = await SnapshotAsync(id);

        foreach (var forged in new[] { tampered, foreign, "", "bm90IGEgdGlja2V0" })
        {
            using var response = await ApplyAsync(office, id, forged);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.StartsWith("Подтверждение не принято", (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=import-error]")?.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(before, await SnapshotAsync(id));
    }

    [Fact]
    public async Task A_plan_changed_between_preview_and_confirmation_is_a_conflict_and_nothing_is_applied()
    {
        var (id, items) = await TestPlans.MunicipalAsync(portal, "Импорт: конфликт");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var payload = Payload(await PreviewAsync(leader, id, Edit(await ExportAsync(leader, id), sheet => sheet.Cell(Row(sheet, "1."), 2).Value = "А из Excel")));
        using var moved = await leader.PostFormAsync($"/projects/{id}/plan", new()
        {
            ["command"] = $"down:{items["Б"]}",
            ["version"] = (await TestPlans.VersionAsync(portal, id)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var before = await SnapshotAsync(id);

        using var response = await ApplyAsync(leader, id, payload);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith("План или паспорт проекта изменили после того, как вы загрузили файл",
            (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=import-error]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(id));
        Assert.Equal("А", await portal.WithDbAsync(db => db.PlanItems.Where(i => i.Id == items["А"]).Select(i => i.Name).SingleAsync()));
    }

    [Fact]
    public async Task Deleting_a_control_point_row_deletes_its_planned_control_event_but_not_a_done_one()
    {
        var (id, items, eventId) = await TestPlans.NationalAsync(portal, "Импорт: контрольная точка");
        var (doneId, doneItems, doneEventId) = await TestPlans.NationalAsync(portal, "Импорт: выполненная точка");
        await portal.WithDbAsync(db => db.ControlEvents.Where(e => e.Id == doneEventId)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.Status, ControlEventStatus.Done).SetProperty(x => x.DoneOn, new DateOnly(2026, 5, 1))));
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var preview = await PreviewAsync(leader, id, Edit(await ExportAsync(leader, id), sheet => sheet.Row(Row(sheet, "1.1")).Delete()));
        using var applied = await ApplyAsync(leader, id, Payload(preview));
        var refused = await PortalClient.ParseAsync(await UploadAsync(leader, doneId, Edit(await ExportAsync(leader, doneId), sheet => sheet.Row(Row(sheet, "1.1")).Delete())));

        Assert.Equal([["1.1", "Контрольная точка", "КТ", "удаляется его контрольное событие (1)"]], Table(preview, "removed"));
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.PlanItems.AnyAsync(i => i.Id == items["КТ"])));
        Assert.False(await portal.WithDbAsync(db => db.ControlEvents.AnyAsync(e => e.Id == eventId)));
        Assert.StartsWith("Пункта «1.1 КТ» нет в файле, но его контрольное событие уже отмечено выполненным", Assert.Single(Problems(refused)), StringComparison.Ordinal);
        Assert.True(await portal.WithDbAsync(db => db.PlanItems.AnyAsync(i => i.Id == doneItems["КТ"])));
    }

    [Fact]
    public async Task A_closed_stage_cannot_be_changed_through_the_file_but_an_open_one_can()
    {
        var (id, items) = await TestPlans.MunicipalAsync(portal, "Импорт: закрытый этап");
        await portal.WithDbAsync(db => db.Stages.Where(s => s.ProjectId == id && s.SortOrder == 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, StageStatus.Closed)));
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var export = await ExportAsync(leader, id);
        var before = await SnapshotAsync(id);

        var renamed = await PortalClient.ParseAsync(await UploadAsync(leader, id, Edit(export, sheet => sheet.Cell(Row(sheet, "1."), 2).Value = "А из Excel")));
        var removed = await PortalClient.ParseAsync(await UploadAsync(leader, id, Edit(export, sheet => sheet.Row(Row(sheet, "2.")).Delete())));
        var openStage = await PreviewAsync(leader, id, Edit(export, sheet => sheet.Cell(Row(sheet, "4."), 2).Value = "Г из Excel"));

        Assert.Contains("относится к закрытому этапу", Assert.Single(Problems(renamed)), StringComparison.Ordinal);
        Assert.StartsWith("Пункта «2. Б» нет в файле, но он относится к закрытому этапу", Assert.Single(Problems(removed)), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(id));
        using var applied = await ApplyAsync(leader, id, Payload(openStage));
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal("Г из Excel", await portal.WithDbAsync(db => db.PlanItems.Where(i => i.Id == items["Г"]).Select(i => i.Name).SingleAsync()));
    }

    // The plan rows and the project's journal length: what a refused upload must leave as it was.
    private Task<string> SnapshotAsync(int projectId) => portal.WithDbAsync(async db =>
    {
        var items = await db.PlanItems.Where(i => i.ProjectId == projectId).OrderBy(i => i.Id)
            .Select(i => $"{i.Id}|{i.ParentId}|{i.SortOrder}|{i.Name}|{i.StartDate}|{i.EndDate}|{i.Responsibles.Count}").ToListAsync();
        var journal = await db.Journal.CountAsync(j => j.ProjectId == projectId);
        return string.Join("\n", items) + $"\njournal:{journal}";
    });
}
