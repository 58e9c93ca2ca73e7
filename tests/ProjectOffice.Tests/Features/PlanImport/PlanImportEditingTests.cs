using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.PlanImportKit;

namespace ProjectOffice.Tests.Features.PlanImport;

/// <summary>Edits people make to a plan in Excel beyond changing values: inserting with renumbering, moving rows between stages.</summary>
[Collection(Portals.PlanImport)]
public sealed class PlanImportEditingTests(PortalFactory portal)
{
    [Fact]
    public async Task A_row_inserted_at_the_top_with_the_rows_below_renumbered_is_one_addition()
    {
        var (id, items) = await TestPlans.MunicipalAsync(portal, "Импорт: вставка с перенумерацией");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var xlsx = Edit(await ExportAsync(leader, id), sheet =>
        {
            foreach (var (from, to) in new[] { ("4.", "5."), ("3.", "4."), ("2.", "3."), ("1.", "2.") })
            {
                sheet.Cell(Row(sheet, from), 1).SetValue(to);
            }

            InsertRow(sheet, "1 этап.", "1.", "Новое первое", "01.01.2026", "31.01.2026");
        });

        var preview = await PreviewAsync(leader, id, xlsx);
        using var applied = await ApplyAsync(leader, id, Payload(preview));

        Assert.Equal([["1.", "Мероприятие", "Новое первое", "01.01.2026 – 31.01.2026", ""]], Table(preview, "added"));
        Assert.Empty(Table(preview, "changed"));
        Assert.Empty(Table(preview, "removed"));
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var stage = await portal.WithDbAsync(db => db.PlanItems.Where(i => i.ParentId == items["stage1"])
            .OrderBy(i => i.SortOrder).Select(i => new { i.Id, i.Name, i.SortOrder }).ToListAsync());
        Assert.Equal(["Новое первое", "А", "Б", "В"], stage.Select(i => i.Name));
        Assert.Equal([0, 1, 2, 3], stage.Select(i => i.SortOrder));
        Assert.Equal([items["А"], items["Б"], items["В"]], stage.Skip(1).Select(i => i.Id));
    }

    [Fact]
    public async Task A_row_moved_under_another_stage_moves_the_item_and_the_preview_says_where()
    {
        var (id, items) = await TestPlans.MunicipalAsync(portal, "Импорт: перенос строки");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var xlsx = Edit(await ExportAsync(leader, id), sheet =>
        {
            sheet.Row(Row(sheet, "2.")).Delete();
            InsertRow(sheet, "4.", "5.", "Б", "01.02.2026", "01.03.2026");
        });

        var preview = await PreviewAsync(leader, id, xlsx);
        using var applied = await ApplyAsync(leader, id, Payload(preview));

        Assert.Equal([["4.", "Б", "Место в плане", "№ 2.", "№ 4."]], Table(preview, "changed"));
        Assert.Empty(Table(preview, "added"));
        Assert.Empty(Table(preview, "removed"));
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var moved = await portal.WithDbAsync(db => db.PlanItems.SingleAsync(i => i.Id == items["Б"]));
        Assert.Equal((items["stage2"], 1), (moved.ParentId, moved.SortOrder));
        Assert.Equal(1, await portal.WithDbAsync(db => db.PlanItems.Where(i => i.Id == items["В"]).Select(i => i.SortOrder).SingleAsync()));
    }
}
