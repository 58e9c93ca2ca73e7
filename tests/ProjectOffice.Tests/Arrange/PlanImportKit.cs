using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using ProjectOffice.Tests.Features.ControlEvents;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests;

/// <summary>The round trip a leader makes: download the plan XLSX, edit it with ClosedXML, upload it, read the preview, apply.</summary>
internal static class PlanImportKit
{
    public static async Task<byte[]> ExportAsync(PortalClient client, int projectId)
    {
        using var response = await client.Http.GetAsync(new Uri($"/projects/{projectId}/forms/plan.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The workbook after <paramref name="edit"/> on its plan sheet, saved to bytes as Excel would.</summary>
    public static byte[] Edit(byte[] xlsx, Action<IXLWorksheet> edit)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        edit(workbook.Worksheet(1));
        using var saved = new MemoryStream();
        workbook.SaveAs(saved);
        return saved.ToArray();
    }

    /// <summary>The sheet row whose «№ п/п» cell reads <paramref name="number"/> («3.», «1.1.2», «1 этап. …»).</summary>
    public static int Row(IXLWorksheet sheet, string number) =>
        sheet.Column(1).CellsUsed().First(c => c.GetString() == number || c.GetString().StartsWith(number + " ", StringComparison.Ordinal)).Address.RowNumber;

    /// <summary>Inserts a row below the row numbered <paramref name="after"/> and types the cells A, B, C … into it as text.</summary>
    public static void InsertRow(IXLWorksheet sheet, string after, params string[] cells)
    {
        var row = Row(sheet, after);
        sheet.Row(row).InsertRowsBelow(1);
        for (var i = 0; i < cells.Length; i++)
        {
            sheet.Cell(row + 1, i + 1).SetValue(cells[i]);
        }
    }

    public static Task<HttpResponseMessage> UploadAsync(PortalClient client, int projectId, byte[] content, string fileName = "План мероприятий.xlsx") =>
        Uploads.PostAsync(client, $"/projects/{projectId}/plan/import", [], "file", fileName, content, formPage: "/");

    public static async Task<IDocument> PreviewAsync(PortalClient client, int projectId, byte[] content)
    {
        using var response = await UploadAsync(client, projectId, content);
        var page = await PortalClient.ParseAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, page.Body?.TextContent);
        return page;
    }

    public static string Payload(IDocument preview) =>
        preview.QuerySelector<IHtmlInputElement>("input[name=payload]")?.Value
        ?? throw new InvalidOperationException("No «Применить» form on the page: " + preview.QuerySelector("[data-testid=import-problems]")?.TextContent);

    public static Task<HttpResponseMessage> ApplyAsync(PortalClient client, int projectId, string payload) =>
        client.PostFormAsync($"/projects/{projectId}/plan/import/apply", new() { ["payload"] = payload }, formPage: "/");

    /// <summary>Rows of a preview table (added, changed, removed), each as its cells' texts.</summary>
    public static IReadOnlyList<string[]> Table(IDocument preview, string testId) =>
        preview.QuerySelectorAll($"[data-testid={testId}] tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .ToList();

    public static IReadOnlyList<string> Problems(IDocument page) =>
        page.QuerySelectorAll("[data-testid=import-problems] li").Select(li => li.TextContent.Trim()).ToList();
}
