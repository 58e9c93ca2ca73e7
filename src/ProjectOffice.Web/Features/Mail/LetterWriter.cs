using System.Net;
using System.Text;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>
/// Writes a letter twice as it goes, as HTML and as its plain-text alternative, so the two never say different things.
/// Inline styles only: mail clients drop style sheets.
/// </summary>
public sealed class LetterWriter
{
    private readonly StringBuilder html = new();
    private readonly StringBuilder text = new();
    private bool inTable;

    public LetterWriter(string title)
    {
        html.Append("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>").Append(Encode(title))
            .Append("</title></head><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">")
            .Append("<h1 style=\"font-size:18px\">").Append(Encode(title)).Append("</h1>");
        text.Append(title).Append('\n').Append(new string('=', Math.Min(title.Length, 70))).Append("\n\n");
    }

    public LetterWriter Paragraph(string value)
    {
        CloseTable();
        html.Append("<p>").Append(Encode(value)).Append("</p>");
        text.Append(value).Append("\n\n");
        return this;
    }

    public LetterWriter Link(string caption, string url)
    {
        CloseTable();
        html.Append("<p><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(caption)).Append("</a></p>");
        text.Append(caption).Append(": ").Append(url).Append("\n\n");
        return this;
    }

    public LetterWriter Heading(string value)
    {
        CloseTable();
        html.Append("<h2 style=\"font-size:16px;margin-top:20px\">").Append(Encode(value)).Append("</h2>");
        text.Append(value).Append('\n').Append(new string('-', Math.Min(value.Length, 70))).Append('\n');
        return this;
    }

    /// <summary>A row of the current table: a linked name and its facts (planned date, state).</summary>
    public LetterWriter Row(string name, string url, params string[] facts)
    {
        if (!inTable)
        {
            html.Append("<table style=\"border-collapse:collapse;width:100%\">");
            inTable = true;
        }

        html.Append("<tr><td style=\"border-bottom:1px solid #ddd;padding:4px\"><a href=\"").Append(Encode(url)).Append("\">")
            .Append(Encode(name)).Append("</a></td>");
        foreach (var fact in facts)
        {
            html.Append("<td style=\"border-bottom:1px solid #ddd;padding:4px;white-space:nowrap\">").Append(Encode(fact)).Append("</td>");
        }

        html.Append("</tr>");
        text.Append("* ").Append(name).Append('\n');
        if (facts.Length > 0)
        {
            text.Append("  ").Append(string.Join(" · ", facts)).Append('\n');
        }

        text.Append("  ").Append(url).Append('\n');
        return this;
    }

    /// <summary>The closing lines every letter carries: why it came, where to change that, how to stop this kind.</summary>
    public LetterWriter Footer(string kindLabel, string settingsUrl, string? unsubscribeUrl)
    {
        CloseTable();
        html.Append("<hr style=\"margin-top:24px\"><p style=\"font-size:12px;color:#666\">Письмо отправлено порталом проектного офиса. ")
            .Append("<a href=\"").Append(Encode(settingsUrl)).Append("\">Настроить уведомления</a>");
        text.Append("--\nПисьмо отправлено порталом проектного офиса.\nНастроить уведомления: ").Append(settingsUrl).Append('\n');
        if (unsubscribeUrl is not null)
        {
            html.Append(" · <a href=\"").Append(Encode(unsubscribeUrl)).Append("\">Отписаться от «").Append(Encode(kindLabel)).Append("»</a>");
            text.Append("Отписаться от «").Append(kindLabel).Append("»: ").Append(unsubscribeUrl).Append('\n');
        }

        html.Append("</p>");
        return this;
    }

    public (string Html, string Text) Finish()
    {
        CloseTable();
        html.Append("</body></html>");
        return (html.ToString(), text.ToString());
    }

    private void CloseTable()
    {
        if (inTable)
        {
            html.Append("</table>");
            text.Append('\n');
            inTable = false;
        }
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
