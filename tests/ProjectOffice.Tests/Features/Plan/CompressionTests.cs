using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Features.Forms;
using ProjectOffice.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ProjectOffice.Tests.Features.Plan;

/// <summary>Pages travel compressed for browsers that ask (brotli or gzip); files that are not text go as they are.</summary>
[Collection(Portals.Plan)]
public sealed class CompressionTests(PortalFactory portal, ITestOutputHelper output)
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_plan_of_a_thousand_items_is_sent_compressed_and_reads_the_same(string encoding)
    {
        var id = await PlanArrange.AddMunicipalAsync(portal, $"Сжатие {encoding} " + Guid.NewGuid().ToString("N")[..6], events: 1000);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var plain = await office.Http.GetByteArrayAsync(new Uri($"/projects/{id}/plan", UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/projects/{id}/plan", UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await office.Http.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        output.WriteLine($"plan of 1,000 items: {plain.Length:N0} bytes, {encoding} {compressed.Length:N0} bytes");
        Assert.True(compressed.Length * 5 < plain.Length, $"{compressed.Length} of {plain.Length}");
        var text = System.Text.Encoding.UTF8.GetString(Decompress(compressed, encoding));
        Assert.Contains("data-testid=\"plan-table\"", text, StringComparison.Ordinal);
        Assert.EndsWith("</html>", text.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spreadsheet_is_sent_as_it_is()
    {
        var id = await PlanArrange.AddMunicipalAsync(portal, "Сжатие xlsx " + Guid.NewGuid().ToString("N")[..6], events: 3);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/projects/{id}/forms/plan.xlsx", UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await office.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream stream = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
