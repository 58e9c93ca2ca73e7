using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.PlanImportKit;

namespace ProjectOffice.Tests.Features.PlanImport;

/// <summary>The demo projects' own plans exported, edited in Excel (ClosedXML), uploaded, previewed and applied.</summary>
[Collection(Portals.PlanImport)]
public sealed class PlanImportDemoTests(PortalFactory portal)
{
    private const string NewEvent = "Встреча с родителями будущих инженеров";

    [Theory]
    [InlineData(DemoPlans.Municipal)]
    [InlineData(DemoPlans.National)]
    public async Task An_untouched_export_previews_no_changes(string projectName)
    {
        var id = await portal.ProjectIdAsync(projectName);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var preview = await PreviewAsync(office, id, await ExportAsync(office, id));

        Assert.Equal("Изменений нет: файл совпадает с планом проекта.", preview.QuerySelector("[data-testid=no-changes]")?.TextContent.Trim());
        Assert.Null(preview.QuerySelector("input[name=payload]"));
    }

    [Fact]
    public async Task Leader_renames_redates_adds_and_deletes_municipal_events_through_excel()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.Municipal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var before = await ItemsAsync(id);
        var third = before.Single(i => i.Name != null && i.Name.StartsWith("Создание нормативно-правовой базы", StringComparison.Ordinal));
        var fifth = before.Single(i => i.Name != null && i.Name.StartsWith("Проведение подготовительных мероприятий", StringComparison.Ordinal));
        var nineteenth = before.Single(i => i.Name == "Формирование отчета по реализации проекта «Инженерный кластер»");
        var itsEvent = await portal.WithDbAsync(db => db.ControlEvents.Where(e => e.PlanItemId == nineteenth.Id).Select(e => e.Id).SingleAsync());
        var xlsx = Edit(await ExportAsync(leader, id), sheet =>
        {
            sheet.Cell(Row(sheet, "3."), 2).Value = "Создание нормативной базы кластера";
            sheet.Cell(Row(sheet, "5."), 4).Value = "30.09.2020";
            InsertRow(sheet, "9.", "10.", NewEvent, "01.06.2020", "30.06.2020", "Количество встреч, ед.", "Не менее 2",
                "Чернецкая Людмила Геннадьевна, заведующий отделом; Предприятия города Омска");
            sheet.Row(Row(sheet, "19.")).Delete();
        });

        var preview = await PreviewAsync(leader, id, xlsx);

        Assert.Equal([["10.", "Мероприятие", NewEvent, "01.06.2020 – 30.06.2020", "Чернецкая Людмила Геннадьевна, заведующий отделом; Предприятия города Омска"]],
            Table(preview, "added"));
        Assert.Equal(
            [
                ["3.", third.Name!, "Наименование", third.Name!, "Создание нормативной базы кластера"],
                ["5.", fifth.Name!, "Окончание", "31.08.2020", "30.09.2020"],
            ],
            Table(preview, "changed"));
        Assert.Equal([["19.", "Мероприятие", nineteenth.Name!, "контрольные события со своим названием остаются без связи с планом (1)"]],
            Table(preview, "removed"));
        Assert.Equal(before.Count, (await ItemsAsync(id)).Count);

        using var applied = await ApplyAsync(leader, id, Payload(preview));

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var after = await ItemsAsync(id);
        Assert.Equal("Создание нормативной базы кластера", after.Single(i => i.Id == third.Id).Name);
        Assert.Equal(new DateOnly(2020, 9, 30), after.Single(i => i.Id == fifth.Id).EndDate);
        Assert.DoesNotContain(after, i => i.Id == nineteenth.Id);
        Assert.Null(await portal.WithDbAsync(db => db.ControlEvents.Where(e => e.Id == itsEvent).Select(e => e.PlanItemId).SingleAsync()));
        var created = after.Single(i => i.Name == NewEvent);
        Assert.Equal((third.ParentId, 9), (created.ParentId, created.SortOrder));
        Assert.Equal((new DateOnly(2020, 6, 1), new DateOnly(2020, 6, 30)), (created.StartDate, created.EndDate));
        Assert.Equal(("Количество встреч", "ед.", "Не менее 2", 2m), (created.IndicatorName, created.IndicatorUnit, created.PlannedValueText, created.PlannedValue));
        var executors = created.Responsibles.OrderBy(r => r.SortOrder).ToList();
        Assert.Equal(DemoUsers.Leader.FullName, executors[0].Person?.FullName);
        Assert.Equal("заведующий отделом", executors[0].PositionText);
        Assert.Equal("Предприятия города Омска", executors[1].Text);
        var journal = await JournalAsync(id);
        Assert.Contains(journal, j => j is { Action: JournalAction.Update, Field: "Name", NewValue: "Создание нормативной базы кластера" }
            && j.EntityId == Text(third.Id) && j.UserName == DemoUsers.Leader.FullName);
        Assert.Contains(journal, j => j is { Action: JournalAction.Create, NewValue: NewEvent });
        Assert.Contains(journal, j => j.Action == JournalAction.Delete && j.EntityId == Text(nineteenth.Id));
        var plan = await leader.GetPageAsync($"/projects/{id}/plan");
        Assert.Equal("10.", plan.QuerySelector($"tr[data-item-id='{created.Id}']")?.GetAttribute("data-number"));
        Assert.Contains("План обновлён из файла", plan.QuerySelector("[data-testid=plan-message]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Office_renames_redates_adds_and_deletes_national_events_through_excel()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.National);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var before = await ItemsAsync(id);
        var numbers = PlanNumbering.Number(before);
        PlanItem At(string number) => before.Single(i => numbers[i.Id] == number);
        var (first, redated, gone, point) = (At("1.1.1"), At("2.1.1"), At("3.1.2"), At("1.1"));
        var xlsx = Edit(await ExportAsync(office, id), sheet =>
        {
            // The export prints the footnote marker after 1.1.1's name; the author keeps it when editing.
            sheet.Cell(Row(sheet, "1.1.1"), 2).Value = "Подготовка заявки на участие в отборе ⁵";
            sheet.Cell(Row(sheet, "2.1.1"), 4).Value = "30.11.2019";
            InsertRow(sheet, "1.1.5", "1.1.6", NewEvent, "01.03.2019", "31.03.2019", "Управление образования, МОУ ДПО ЦРО", "Информационная справка", "АП");
            sheet.Row(Row(sheet, "3.1.2")).Delete();
        });

        var preview = await PreviewAsync(office, id, xlsx);

        Assert.Equal([["1.1.6", "Мероприятие", NewEvent, "01.03.2019 – 31.03.2019", "Управление образования, МОУ ДПО ЦРО"]], Table(preview, "added"));
        Assert.Equal(
            [
                ["1.1.1", first.Name!, "Наименование", first.Name! + " ⁵", "Подготовка заявки на участие в отборе ⁵"],
                ["2.1.1", redated.Name!, "Окончание", "31.12.2019", "30.11.2019"],
            ],
            Table(preview, "changed"));
        Assert.Equal([["3.1.2", "Мероприятие", gone.Name!, ""]], Table(preview, "removed"));

        using var applied = await ApplyAsync(office, id, Payload(preview));

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var after = await ItemsAsync(id);
        Assert.Equal("Подготовка заявки на участие в отборе", after.Single(i => i.Id == first.Id).Name);
        Assert.Equal(new DateOnly(2019, 11, 30), after.Single(i => i.Id == redated.Id).EndDate);
        Assert.DoesNotContain(after, i => i.Id == gone.Id);
        var created = after.Single(i => i.Name == NewEvent);
        Assert.Equal((point.ParentId, 5, PlanItemKind.Event), (created.ParentId, created.SortOrder, created.Kind));
        Assert.Equal(6, after.Single(i => i.Id == point.Id).SortOrder);
        Assert.Equal((ControlLevel.Administrator, null, "Информационная справка"), (created.ControlLevel, created.ControlLevelText, created.DocumentType));
        Assert.Equal(["Управление образования", "МОУ ДПО ЦРО"], created.Responsibles.OrderBy(r => r.SortOrder).Select(r => r.Text));
        Assert.All(created.Responsibles, r => Assert.NotNull(r.OrganisationId));
        Assert.Equal("1.1.6", PlanNumbering.Number(after)[created.Id]);
        var journal = await JournalAsync(id);
        Assert.Contains(journal, j => j is { Action: JournalAction.Update, Field: "EndDate" } && j.EntityId == Text(redated.Id)
            && j.UserName == DemoUsers.Office.FullName);
        Assert.Contains(journal, j => j is { Action: JournalAction.Create, NewValue: NewEvent });
        Assert.Contains(journal, j => j.Action == JournalAction.Delete && j.EntityId == Text(gone.Id));
    }

    private Task<List<PlanItem>> ItemsAsync(int projectId) =>
        portal.WithDbAsync(db => db.PlanItems.AsNoTracking().Include(i => i.Responsibles).ThenInclude(r => r.Person)
            .Where(i => i.ProjectId == projectId).ToListAsync());

    private Task<List<JournalEntry>> JournalAsync(int projectId) =>
        portal.WithDbAsync(db => db.Journal.AsNoTracking().Where(j => j.ProjectId == projectId && j.EntityType == "PlanItem").ToListAsync());

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
