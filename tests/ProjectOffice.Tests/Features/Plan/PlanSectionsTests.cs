using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Plan;

/// <summary>
/// A development plan as offices bring it: numbered sections that are not stages, a row printed without a number, a row
/// with a number of its own, a row whose name is its result with a unit and a value per year. Entered through the plan
/// editor (executors one per line), exported, given footnotes on the executor and deadline cells, imported as a new project
/// and printed, it reads back in order, with no invented «этап» heading.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Printing)]
[Collection(Portals.Plan)]
public sealed class PlanSectionsTests(PortalFactory portal)
{
    private const string Section1 = "Организационные мероприятия";
    private const string Section2 = "Развитие материально-технической базы";

    [Fact]
    public async Task A_plan_of_sections_goes_through_editor_export_import_and_print_in_order()
    {
        var id = await TestPlans.StagelessAsync(portal, "Разделы плана " + Guid.NewGuid().ToString("N")[..6]);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var section1 = await AddAsync(leader, id, null, "Heading", new() { ["Form.Name"] = Section1 });
        await AddAsync(leader, id, section1, "Event", new()
        {
            ["Form.Name"] = "Совещание группы", ["Form.End"] = "31.03.2026", ["Form.ExecutorsOnLines"] = "true",
            ["Form.Responsibles[0].Text"] = "Администрация города", ["Form.Responsibles[1].Text"] = "Комитет по образованию",
        });
        await AddAsync(leader, id, section1, "Event", new() { ["Form.Name"] = "Мониторинг", ["Form.DeadlineText"] = "ежеквартально", ["Form.NoNumber"] = "true" });
        var section2 = await AddAsync(leader, id, null, "Heading", new()
        {
            ["Form.Name"] = Section2, ["Form.Start"] = "01.01.2026", ["Form.End"] = "31.12.2027",
        });
        await AddAsync(leader, id, section2, "Event", new()
        {
            ["Form.Name"] = "Оснащение кабинетов", ["Form.OwnNumber"] = "2.1а", ["Form.End"] = "31.12.2027", ["Form.IndicatorUnit"] = "ед.",
            ["Form.YearValues[0].Year"] = "2026", ["Form.YearValues[0].Text"] = "3", ["Form.YearValues[1].Year"] = "2027", ["Form.YearValues[1].Text"] = "5",
        });
        await AddAsync(leader, id, section2, "Event", new() { ["Form.Name"] = "Ремонт спортзала", ["Form.End"] = "30.06.2027" });

        // The plan page shows the sections as group rows with their numbers; a stage-less plan has no stage row.
        var page = await leader.GetPageAsync($"/projects/{id}/plan");
        Assert.Equal(
            ["1. " + Section1, "2. " + Section2 + " (01.01.2026 – 31.12.2027)"],
            page.QuerySelectorAll("[data-testid=section-heading]").Select(c => c.TextContent.Trim()));
        Assert.Equal(["1.", "1.1", "", "2.", "2.1а", "2.1"], page.QuerySelectorAll("tr[data-item-id]").Select(r => r.GetAttribute("data-number")));

        var exported = JsonNode.Parse(await office.Http.GetStringAsync(new Uri($"/api/projects/{id}/export", UriKind.Relative)))!;
        var items = exported["project"]!["plan"]!["items"]!.AsArray();
        Assert.Equal(["heading", "heading"], items.Select(i => i!["kind"]!.GetValue<string>()));
        Assert.Equal("", items[0]!["children"]![1]!["number"]!.GetValue<string>());
        Assert.Equal("2.1а", items[1]!["children"]![0]!["number"]!.GetValue<string>());
        Assert.Null(items[1]!["children"]![1]!["number"]);

        // Footnotes on the executor and the deadline cells come with the document (the portal has no footnote editor).
        var meeting = items[0]!["children"]![0]!;
        Assert.True(meeting["responsibleOnLines"]!.GetValue<bool>());
        var key = meeting["key"]!.GetValue<string>();
        exported["project"]!["footnotes"] = new JsonArray(
            new JsonObject { ["form"] = "plan", ["marker"] = "¹", ["text"] = "Совместно с профсоюзом", ["planItem"] = key, ["cell"] = "responsible" },
            new JsonObject { ["form"] = "plan", ["marker"] = "²", ["text"] = "По согласованию сроков", ["planItem"] = key, ["cell"] = "end" });
        var copy = await TestPlans.ImportCopyAsync(office, exported);

        using var pdf = await office.Http.GetAsync(new Uri($"/projects/{copy}/forms/plan.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = PdfText.Collapse(await PdfText.ReadAsync(await pdf.Content.ReadAsByteArrayAsync(), layout: true));
        Assert.DoesNotContain("этап", text, StringComparison.OrdinalIgnoreCase);
        string[] inOrder =
        [
            "2026 2027", "1. " + Section1, "1.1 Совещание группы 31.03.2026 ² Администрация города", "Комитет по образованию ¹", "Мониторинг ежеквартально",
            "2. " + Section2 + " (01.01.2026 – 31.12.2027)", "2.1а Оснащение кабинетов 31.12.2027 ед. 3 5", "2.1 Ремонт спортзала 30.06.2027",
            "¹ Совместно с профсоюзом", "² По согласованию сроков",
        ];
        PdfText.AssertInOrder(text, inOrder);

        using var xlsx = await office.Http.GetAsync(new Uri($"/projects/{copy}/forms/plan.xlsx", UriKind.Relative));
        using var workbook = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheets.First();
        var heading = sheet.CellsUsed().Single(c => c.GetString() == "1. " + Section1);
        // The section row is one cell across the whole table, as the paper has it.
        Assert.True(heading.IsMerged());
        Assert.Equal(heading.MergedRange().RangeAddress.LastAddress.ColumnNumber, sheet.LastColumnUsed()!.ColumnNumber());
        var meetingRow = sheet.CellsUsed().Single(c => c.GetString() == "Совещание группы").WorksheetRow();
        Assert.Equal("31.03.2026 ²", meetingRow.Cell(4).GetString());
        Assert.Equal("Администрация города\nКомитет по образованию ¹", meetingRow.LastCellUsed()!.GetString());
        var unnumbered = sheet.CellsUsed().Single(c => c.GetString() == "Мониторинг");
        Assert.Equal("", unnumbered.CellLeft().GetString());
        Assert.Equal("2.1а", sheet.CellsUsed().Single(c => c.GetString() == "Оснащение кабинетов").CellLeft().GetString());

        // The same plan's workbook uploaded into an empty project through the Excel plan import gives the same plan back.
        var target = await TestPlans.StagelessAsync(portal, "Разделы из Excel " + Guid.NewGuid().ToString("N")[..6]);
        var preview = await PlanImportKit.PreviewAsync(leader, target, await PlanImportKit.ExportAsync(leader, id));
        using (var applied = await PlanImportKit.ApplyAsync(leader, target, PlanImportKit.Payload(preview)))
        {
            Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        }

        var again = await leader.GetPageAsync($"/projects/{target}/plan");
        Assert.Equal(
            ["1. " + Section1, "2. " + Section2 + " (01.01.2026 – 31.12.2027)"],
            again.QuerySelectorAll("[data-testid=section-heading]").Select(c => c.TextContent.Trim()));
        Assert.Equal(["1.", "1.1", "", "2.", "2.1а", "2.1"], again.QuerySelectorAll("tr[data-item-id]").Select(r => r.GetAttribute("data-number")));
        var reimported = JsonNode.Parse(await office.Http.GetStringAsync(new Uri($"/api/projects/{target}/export", UriKind.Relative)))!["project"]!["plan"]!["items"]!;
        var equipment = reimported[1]!["children"]![0]!;
        Assert.Equal("ед.", equipment["unit"]!.GetValue<string>());
        Assert.Equal(["3", "5"], equipment["values"]!.AsArray().Select(v => v!["value"]!.GetValue<string>()));
        Assert.Equal("ежеквартально", reimported[0]!["children"]![1]!["deadlineText"]!.GetValue<string>());
        Assert.True(reimported[0]!["children"]![0]!["responsibleOnLines"]!.GetValue<bool>());
    }

    /// <summary>Adds a plan item through the editor and returns its id (from the redirect to its row).</summary>
    private async Task<int> AddAsync(PortalClient leader, int projectId, int? parentId, string kind, Dictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields)
        {
            ["Form.Kind"] = kind,
            ["Form.Version"] = (await TestPlans.VersionAsync(portal, projectId)).ToString(CultureInfo.InvariantCulture),
            ["Form.Command"] = "save",
        };
        if (parentId is { } parent)
        {
            form["Form.ParentId"] = parent.ToString(CultureInfo.InvariantCulture);
        }

        var formPage = $"/projects/{projectId}/plan/new?kind={kind}" + (parentId is null ? "" : $"&parentId={parentId}");
        using var saved = await leader.PostFormAsync($"/projects/{projectId}/plan/new", form, formPage);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        return int.Parse(saved.Headers.Location!.OriginalString.Split("#item-")[1], CultureInfo.InvariantCulture);
    }
}
