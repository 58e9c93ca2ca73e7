using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.ControlEvents;

/// <summary>Evidence files: checked on upload, stored in PostgreSQL, downloaded only as attachments by those who read the project.</summary>
[Collection(Portals.ControlEvents)]
public sealed class EvidenceTests(PortalFactory portal)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n");

    [Fact]
    public async Task Evidence_uploaded_by_the_methodist_is_downloaded_by_a_reader_as_the_same_bytes()
    {
        var eventId = await DemoEvents.IdAsync(portal, await DemoEvents.CopyForAsync(portal, nameof(EvidenceTests)), 1);
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);

        var upload = await Uploads.PostAsync(methodist, $"/control-events/{eventId}/done",
            Fields(await VersionAsync(eventId)), "Form.Evidence", "Протокол совещания №1.pdf", Pdf);

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var stored = Assert.Single((await DemoEvents.LoadAsync(portal, eventId)).Evidence);
        Assert.Equal("Протокол совещания №1.pdf", stored.FileName);
        Assert.Equal("application/pdf", stored.ContentType);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);
        var eventPage = await viewer.GetPageAsync($"/control-events/{eventId}");
        Assert.Equal($"/evidence/{stored.Id}", eventPage.QuerySelector("[data-testid=evidence] a")!.GetAttribute("href"));

        using var download = await viewer.Http.GetAsync(new Uri($"/evidence/{stored.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Протокол совещания №1.pdf", disposition.FileNameStar);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Person_of_another_organisation_without_access_is_refused_the_file()
    {
        var eventId = await DemoEvents.IdAsync(portal, await DemoEvents.CopyForAsync(portal, nameof(EvidenceTests)), 2);
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);
        await Uploads.PostAsync(methodist, $"/control-events/{eventId}/done", Fields(await VersionAsync(eventId)), "Form.Evidence", "акт.pdf", Pdf);
        var fileId = Assert.Single((await DemoEvents.LoadAsync(portal, eventId)).Evidence).Id;
        await TestPeople.OutsiderAsync(portal, "outsider", Roles.Methodist);
        using var outsider = await TestPeople.SignInAsync(portal, "outsider");

        using var download = await outsider.Http.GetAsync(new Uri($"/evidence/{fileId}", UriKind.Relative));
        using var eventPage = await outsider.Http.GetAsync(new Uri($"/control-events/{eventId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, eventPage.StatusCode);
        Assert.DoesNotContain("PDF", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("страница.html", "<html><script>alert(1)</script></html>", "не принимаются")]
    [InlineData("акт.pdf", "<html><script>alert(1)</script></html>", "не соответствует расширению .pdf")]
    public async Task File_of_a_forbidden_type_is_refused_with_a_message_and_nothing_changes(string fileName, string content, string message)
    {
        var eventId = await DemoEvents.IdAsync(portal, await DemoEvents.CopyForAsync(portal, nameof(EvidenceTests)), fileName.EndsWith(".html", StringComparison.Ordinal) ? 3 : 4);
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);

        var response = await Uploads.PostAsync(methodist, $"/control-events/{eventId}/done",
            Fields(await VersionAsync(eventId)), "Form.Evidence", fileName, Encoding.UTF8.GetBytes(content));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("[data-testid=evidence-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("проведено", page.QuerySelector("textarea[name='Form.Comment']")!.TextContent.Trim());
        var after = await DemoEvents.LoadAsync(portal, eventId);
        Assert.Equal(ControlEventStatus.Planned, after.Status);
        Assert.Empty(after.Evidence);
    }

    [Fact]
    public async Task Request_over_the_limit_comes_back_with_a_russian_message()
    {
        var eventId = await DemoEvents.IdAsync(portal, await DemoEvents.CopyForAsync(portal, nameof(EvidenceTests)), 5);
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);
        var huge = new byte[(int)EvidenceFileTypes.MaxBytes + (2 * 1024 * 1024)];
        Pdf.CopyTo(huge, 0);

        var response = await Uploads.PostAsync(methodist, $"/control-events/{eventId}/done", Fields(await VersionAsync(eventId)), "Form.Evidence", "скан.pdf", huge);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await methodist.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Файл больше 20 МБ", page.QuerySelector("[data-testid=evidence-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ControlEventStatus.Planned, (await DemoEvents.LoadAsync(portal, eventId)).Status);
    }

    [Fact]
    public async Task File_just_over_20_MB_is_refused_next_to_the_field()
    {
        var eventId = await DemoEvents.IdAsync(portal, await DemoEvents.CopyForAsync(portal, nameof(EvidenceTests)), 14);
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);
        var big = new byte[(int)EvidenceFileTypes.MaxBytes + 1];
        Pdf.CopyTo(big, 0);

        var response = await Uploads.PostAsync(methodist, $"/control-events/{eventId}/done", Fields(await VersionAsync(eventId)), "Form.Evidence", "скан.pdf", big);

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Файл больше 20 МБ", page.QuerySelector("[data-testid=evidence-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ControlEventStatus.Planned, (await DemoEvents.LoadAsync(portal, eventId)).Status);
    }

    [Fact]
    public async Task Stored_html_is_served_as_a_plain_download_never_as_a_page()
    {
        var eventId = await DemoEvents.IdAsync(portal, await DemoEvents.CopyForAsync(portal, nameof(EvidenceTests)), 15);
        var fileId = await portal.WithDbAsync(async db =>
        {
            var file = new EvidenceFile
            {
                ControlEventId = eventId, FileName = "отчёт.html", ContentType = "text/html", Content = Encoding.UTF8.GetBytes("<script>alert(1)</script>"),
                Size = 25, UploadedAt = DateTimeOffset.UtcNow,
            };
            db.EvidenceFiles.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        using var download = await viewer.Http.GetAsync(new Uri($"/evidence/{fileId}", UriKind.Relative));

        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("отчёт.html", download.Content.Headers.ContentDisposition.FileNameStar);
    }

    private async Task<uint> VersionAsync(int eventId) =>
        await portal.WithDbAsync(db => db.ControlEvents.Where(e => e.Id == eventId).Select(e => e.Version).SingleAsync());

    private static Dictionary<string, string> Fields(uint version) => new()
    {
        ["Form.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.DoneOn"] = "28.02.2020",
        ["Form.Comment"] = "проведено",
    };
}
