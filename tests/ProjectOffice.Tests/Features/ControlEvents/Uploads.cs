using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.ControlEvents;

/// <summary>Posts a multipart form (fields and one file) the way a browser does, with the antiforgery token of the page (or of formPage).</summary>
internal static class Uploads
{
    public static async Task<HttpResponseMessage> PostAsync(
        PortalClient client, string url, Dictionary<string, string> fields, string fileField, string fileName, byte[] content, string? formPage = null)
    {
        var page = await client.GetPageAsync(formPage ?? url);
        var token = ((IHtmlInputElement)page.QuerySelector("input[name='__RequestVerificationToken']")!).Value;
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append(new("__RequestVerificationToken", token)))
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, fileField, fileName);
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), form);
    }
}
