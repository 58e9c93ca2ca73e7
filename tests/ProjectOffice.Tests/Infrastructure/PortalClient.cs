using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ProjectOffice.Tests.Infrastructure;

/// <summary>Speaks to the portal as a browser would: pages, forms with their antiforgery token, cookies.</summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task SignInAsync(string userName, string password)
    {
        var response = await PostFormAsync("/account/login", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {response.StatusCode}");
        }
    }

    public async Task<IDocument> GetPageAsync(string url)
    {
        using var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        return await ParseAsync(response);
    }

    /// <summary>Fetches the page with the form (formPage, or the url itself), then posts the fields with its antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await GetPageAsync(formPage ?? url);
        var token = page.QuerySelectorAll<IHtmlInputElement>("input[name='__RequestVerificationToken']").FirstOrDefault()?.Value
            ?? throw new InvalidOperationException($"No antiforgery token on {formPage ?? url}");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        using var content = new FormUrlEncodedContent(body);
        return await Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html));
    }

    public void Dispose() => Http.Dispose();
}
