using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Features.Practices;
using ProjectOffice.Tests.Infrastructure;
using Xunit.Abstractions;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Hostile;

/// <summary>
/// What a hostile (or merely careless) user can type, paste or upload: every editor form of the portal, found by
/// following the links of the pages a role edits, gets each hostile value in each of its fields in turn. Nothing may
/// answer 5xx, and a refused post must leave the database exactly as it was. New editors and new fields are covered
/// without touching this file.
/// Its own host, not a feature collection's: «nothing changed» is read as a fingerprint of the whole database, which
/// needs a database no other class writes to meanwhile (and the suite is long enough to run beside the collections).
/// </summary>
public sealed partial class HostileInputTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    /// <summary>
    /// Values posted into fields. A 5 MB value is not among them: the form reader refuses it for every form alike before
    /// any field binds (the oversized-forms test shows that), and posting it to each of ~50 forms cost a minute a run.
    /// </summary>
    private static readonly (string Name, string Value)[] Values =
    [
        ("NUL", "до\0после"),
        ("5 000 знаков", new string('щ', 5000)),
        ("17 цифр", "12345678901234567"),
        ("арабские цифры", "١١.٠٣.٢٠٢١"),
        ("полноширинные цифры", "１１.０３.２０２１"),
        ("31.12.9999", "31.12.9999"),
        ("01.01.0001", "01.01.0001"),
        ("одиночный суррогат", "a\ud800b"),
    ];

    private static readonly string[] EveryField = ["NUL", "5 000 знаков", "17 цифр"];
    private static readonly string[] HiddenValues = ["NUL", "17 цифр"];

    /// <summary>
    /// Every field gets NUL, 5,000 characters and 17 digits; a field that holds a date or a number (by its name, type or
    /// «ДД.ММ.ГГГГ» placeholder) also gets the digits of other scripts and the extreme dates; ids, versions and commands
    /// (hidden) get NUL and 17 digits. A lone surrogate cannot survive url-encoding (it arrives as U+FFFD), so it is posted
    /// into the first field only. This keeps the suite to a few minutes on two shared cores.
    /// </summary>
    private static IEnumerable<(string Name, string Value)> ValuesFor(IHtmlFormElement form, string name)
    {
        var element = form.QuerySelectorAll("[name]").FirstOrDefault(e => Pattern(e.GetAttribute("name")!) == name);
        if (element?.GetAttribute("type") == "hidden")
        {
            return Values.Where(v => HiddenValues.Contains(v.Name));
        }

        var typed = element?.GetAttribute("type") is "number" or "date"
            || (element?.GetAttribute("placeholder") ?? "").Contains("ДД", StringComparison.Ordinal)
            || TypedName().IsMatch(name);
        return Values.Where(v => typed || EveryField.Contains(v.Name)
            || (v.Name == "одиночный суррогат" && Pattern(form.QuerySelector("[name]:not([type=hidden])")?.GetAttribute("name") ?? "") == name));
    }

    [GeneratedRegex("(Date|Start|End|DoneOn|ReportedOn|Year|Value|Amount|Cells|Baseline|Planned|Employment|From|To)", RegexOptions.IgnoreCase)]
    private static partial Regex TypedName();

    // Forms that decide a workflow or delete are not editors: posting a valid-looking value there would submit or delete.
    private static readonly string[] NotEditors = ["delete", "remove", "unmark", "approval", "logout", "publish", "import", "apply", "versions"];
    private static readonly string[] NotPages = ["/forms", ".pdf", ".xlsx", "/export", "/journal", "/versions", "/approval", "/gantt", "delete", "/import", "/evidence", "/api/"];

    [Fact]
    public async Task Every_editor_field_answers_hostile_values_without_5xx_and_a_refusal_writes_nothing()
    {
        var projectId = await ImportCopyAsync(portal);
        var practiceId = await PracticeTestData.DemoPracticeIdAsync(portal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);
        var roles = new (PortalClient Client, string[] Starts, string[] Within)[]
        {
            (leader, [$"/projects/{projectId}", $"/projects/{projectId}/plan", $"/projects/{projectId}/control-events"], [$"/projects/{projectId}/", "/control-events/"]),
            (office, ["/projects/new", $"/practices/{practiceId}"], [$"/practices/{practiceId}/"]),
            (admin, ["/users", "/users/new", "/reference/funding-sources", "/reference/organisations", "/reference/people"], ["/users/", "/reference/"]),
        };
        var fingerprint = await FingerprintQueryAsync();
        var failures = new List<string>();
        var posts = 0;
        var fieldCount = 0;
        var forms = new List<string>();
        var clock = Stopwatch.StartNew();

        foreach (var (client, starts, within) in roles)
        {
            foreach (var url in await EditorPagesAsync(client, starts, within))
            {
                var page = await client.GetPageAsync(url);
                foreach (var (form, formIndex) in EditorForms(page).Select((f, i) => (f, i)))
                {
                    var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
                    var fields = Fields(form);
                    var names = fields.Select(f => f.Key).Where(n => n != "__RequestVerificationToken")
                        .GroupBy(Pattern).Select(g => g.First()).ToList();
                    forms.Add($"{url} → {action}: {names.Count} fields");
                    fieldCount += names.Count;
                    var before = await ReadFingerprintAsync(fingerprint);
                    var cases = names.SelectMany(n => ValuesFor(form, n).Select(v => (Field: n, v.Name, v.Value)));
                    foreach (var (field, valueName, value) in cases)
                    {
                        var body = fields.Select(f => f.Key == field ? new KeyValuePair<string, string>(f.Key, value) : f).ToList();
                        using var response = await PostAsync(client, action, body);
                        posts++;
                        var status = (int)response.StatusCode;
                        if (status >= 500)
                        {
                            failures.Add($"{(int)response.StatusCode} {action} [{field}] = {valueName}");
                        }
                        else if (status == 400 && valueName == "NUL" && IsTyped(form, field))
                        {
                            // A NUL in what a person types is refused next to the field, not with the error page that
                            // loses the whole form (a lookup of the value in PostgreSQL used to fail on it).
                            failures.Add($"{status} {action} [{field}] = {valueName}: the error page instead of the form with a message");
                        }
                        else if (await WhatTheUserMissesAsync(response, form, body, field) is { } missing)
                        {
                            failures.Add($"{status} {action} [{field}] = {valueName}: {missing}");
                        }

                        if (status is (>= 300 and < 400))
                        {
                            // Accepted (a date in another script's digits is a date; 5,000 characters fit a long field):
                            // the form and its version are read again for the next case.
                            page = await client.GetPageAsync(url);
                            var again = EditorForms(page).ElementAtOrDefault(formIndex);
                            if (again is null)
                            {
                                break;
                            }

                            fields = Fields(again);
                            before = await ReadFingerprintAsync(fingerprint);
                        }
                        else if (await ReadFingerprintAsync(fingerprint) is var after && after != before)
                        {
                            failures.Add($"{status} {action} [{field}] = {valueName}: refused, but the database changed");
                            before = after;
                        }
                    }
                }
            }
        }

        clock.Stop();
        output.WriteLine($"{forms.Count} forms, {fieldCount} fields, {Values.Length} kinds of value = {posts} posts in {clock.Elapsed.TotalSeconds:0.0} s, of which {fingerprintTime.TotalSeconds:0.0} s reading the database fingerprint");
        forms.ForEach(output.WriteLine);
        Assert.True(forms.Count >= 15, "the crawl found too few editor forms:\n" + string.Join("\n", forms));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(100)));
    }

    /// <summary>
    /// A refusal as a person sees it: the form again with every other field as it was typed (200),
    /// or the Russian error page with the request's number (400, 413). Null when it is so (or the post was accepted).
    /// </summary>
    private static async Task<string?> WhatTheUserMissesAsync(HttpResponseMessage response, IHtmlFormElement form, List<KeyValuePair<string, string>> sent, string field)
    {
        var status = response.StatusCode;
        if (status is not (HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge))
        {
            return null;
        }

        var page = await PortalClient.ParseAsync(response);
        if (status != HttpStatusCode.OK)
        {
            return page.QuerySelector("[data-testid=error-message]") is { } message && Russian().IsMatch(message.TextContent)
                && page.QuerySelector("[data-testid=request-id]")?.TextContent.Trim().Length > 0
                ? null
                : "no Russian error page with the request's number";
        }

        // No Russian message is required here: a NUL in a hidden version or a command re-renders the form with nothing
        // to point at (the focused NUL test checks the message next to a visible field).
        var action = form.GetAttribute("action");
        var again = EditorForms(page).FirstOrDefault(f => f.GetAttribute("action") == action);
        if (again is null)
        {
            return "the form is not shown again";
        }

        // What the person typed into the other visible text fields is shown again as typed.
        var typedNames = form.QuerySelectorAll("textarea[name], input[name]")
            .Where(e => e is IHtmlTextAreaElement || e.GetAttribute("type") is null or "text" or "number" or "date" or "email")
            .Select(e => e.GetAttribute("name")!).Where(n => n != field).ToHashSet(StringComparer.Ordinal);
        var shown = Fields(again).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var lost = sent.GroupBy(f => f.Key).Select(g => g.First())
            .Where(f => typedNames.Contains(f.Key) && shown.TryGetValue(f.Key, out var value) && value != f.Value)
            .Select(f => f.Key).ToList();
        return lost.Count == 0 ? null : "lost what was typed in " + string.Join(", ", lost);
    }

    private static bool IsTyped(IHtmlFormElement form, string name) =>
        form.QuerySelector($"textarea[name='{name}'], input[name='{name}']") is { } element
        && (element is IHtmlTextAreaElement || element.GetAttribute("type") is null or "text" or "email");

    [GeneratedRegex("[А-Яа-яЁё]{4}")]
    private static partial Regex Russian();

    [Theory]
    [InlineData("/projects?q=%00")]
    [InlineData("/projects?q=a%00b&page=1")]
    [InlineData("/api/projects?q=%00")]
    [InlineData("/practices?q=%00")]
    public async Task A_nul_in_a_query_string_answers_400(string url)
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        using var response = await office.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Oversized_forms_answer_400_or_413_with_the_russian_error_page_and_write_nothing()
    {
        var id = await ImportCopyAsync(portal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/general";
        var fields = Fields(EditorForms(await leader.GetPageAsync(url)).First());
        var before = await ReadFingerprintAsync(await FingerprintQueryAsync());

        var bodies = new (string Name, List<KeyValuePair<string, string>> Body)[]
        {
            ("5 000 полей", fields.Concat(Enumerable.Range(0, 5000).Select(i => new KeyValuePair<string, string>($"f{i}", "x"))).ToList()),
            ("31 МБ", fields.Select(f => f.Key == "Form.Name" ? new KeyValuePair<string, string>(f.Key, new string('x', 31 * 1024 * 1024)) : f).ToList()),
            ("5 МБ", fields.Select(f => f.Key == "Form.Name" ? new KeyValuePair<string, string>(f.Key, new string('x', 5 * 1024 * 1024)) : f).ToList()),
        };
        foreach (var (name, body) in bodies)
        {
            using var response = await PostAsync(leader, url, body);
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{name}: {response.StatusCode}");
            var page = await PortalClient.ParseAsync(response);
            // The error page a person reads: a Russian sentence and the request's number, no stack trace.
            Assert.True(page.QuerySelector("[data-testid=error-message]") is { } message && Regex.IsMatch(message.TextContent, "[А-Яа-я]{4}"), $"{name}: {page.Body?.TextContent}");
            Assert.NotEmpty(page.QuerySelector("[data-testid=request-id]")!.TextContent.Trim());
            Assert.DoesNotContain("Exception", page.Body!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(before, await ReadFingerprintAsync(await FingerprintQueryAsync()));
    }

    [Fact]
    public async Task A_nul_in_a_text_field_shows_the_message_next_to_it_keeps_what_was_typed_and_writes_nothing()
    {
        var id = await ImportCopyAsync(portal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/general";
        var fields = Fields(EditorForms(await leader.GetPageAsync(url)).First());
        var before = await ReadFingerprintAsync(await FingerprintQueryAsync());
        var typed = new Dictionary<string, string> { ["Form.Name"] = "Новое\0название", ["Form.ShortName"] = "Новое краткое" };

        using var response = await PostAsync(leader, url, fields.Select(f => typed.TryGetValue(f.Key, out var v) ? new KeyValuePair<string, string>(f.Key, v) : f));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("недопустимый управляющий символ", page.QuerySelector("[data-valmsg-for='Form.Name']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Новое краткое", page.QuerySelector<IHtmlInputElement>("input[name='Form.ShortName']")!.Value);
        Assert.StartsWith("Новое", page.QuerySelector<IHtmlInputElement>("input[name='Form.Name']")!.Value, StringComparison.Ordinal);
        Assert.EndsWith("название", page.QuerySelector<IHtmlInputElement>("input[name='Form.Name']")!.Value, StringComparison.Ordinal);
        Assert.Equal(before, await ReadFingerprintAsync(await FingerprintQueryAsync()));
    }

    [Fact]
    public async Task Gantt_plan_and_control_events_pages_stand_dates_outside_the_portal_years()
    {
        var id = await ImportCopyAsync(portal);
        await portal.ChangeAsync(async db =>
        {
            var items = await db.PlanItems.Where(i => i.ProjectId == id && i.StartDate != null).OrderBy(i => i.Id).Take(2).ToListAsync();
            items[0].EndDate = new DateOnly(9999, 12, 31);
            items[1].StartDate = new DateOnly(1, 1, 1);
            var ev = await db.ControlEvents.Where(e => e.ProjectId == id).OrderBy(e => e.Id).FirstAsync();
            ev.PlannedDate = new DateOnly(9999, 12, 31);
        });
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        foreach (var url in new[] { $"/projects/{id}/gantt", $"/projects/{id}/plan", $"/projects/{id}/control-events", $"/projects/{id}", "/dashboard" })
        {
            using var response = await leader.Http.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        }

        var gantt = await leader.GetPageAsync($"/projects/{id}/gantt");
        Assert.Contains("31.12.9999", gantt.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_xlsx_bomb_is_refused_quickly_naming_the_limit()
    {
        var id = await ImportCopyAsync(portal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var bomb = AppendRows(await PlanImportKit.ExportAsync(leader, id), 200_000);
        output.WriteLine($"bomb: {bomb.Length / 1024} KB zipped");
        var before = await ReadFingerprintAsync(await FingerprintQueryAsync());

        var clock = Stopwatch.StartNew();
        using var response = await PlanImportKit.UploadAsync(leader, id, bomb);
        clock.Stop();

        output.WriteLine($"refused in {clock.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problems = string.Join(" ", PlanImportKit.Problems(await PortalClient.ParseAsync(response)));
        Assert.Contains("Файл не загружен", problems, StringComparison.Ordinal);
        Assert.Matches("больше [0-9  ]+", problems);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(before, await ReadFingerprintAsync(await FingerprintQueryAsync()));
    }

    public static TheoryData<string, string, string> BadDocuments() => new()
    {
        // The budget editor's rule: a sum is not negative.
        { "negative amount", "$..amounts[0].amount=\"-5\"", ".amount" },
        { "17-digit indicator value", "$..values[0].value=\"12345678901234567\"", ".value" },
        { "date past 2100", "$.project.period.end=\"9999-12-31\"", "$.project.period.end" },
        { "NUL in a string", "$.project.name=\"a\\u0000b\"", "$.project.name" },
        { "lone surrogate", "$.project.name=\"a\\ud800b\"", "$.project.name" },
        { "number for a string", "$.project.name=5", "$.project.name" },
        { "string for a year", "$..values[0].year=\"двадцатый\"", ".year" },
        { "unknown enum", "$..indicators[0].type=\"bogus\"", ".type" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task A_bad_value_in_imported_json_answers_400_with_its_path(string what, string edit, string expectedPath)
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var json = Edit(await new StreamReader(DemoProjectSeeder.OpenDemoFile("success-of-every-child.json")).ReadToEndAsync(), edit);
        var before = await portal.WithDbAsync(db => db.Projects.CountAsync());

        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await office.Http.PostAsync(new Uri("/api/projects/import", UriKind.Relative), content);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problems = body.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (Path: p.GetProperty("path").GetString()!, Message: p.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(problems, p => p.Path.Contains(expectedPath, StringComparison.Ordinal) && Regex.IsMatch(p.Message, "[А-Яа-я]"));
        Assert.Equal(before, await portal.WithDbAsync(db => db.Projects.CountAsync()));
    }

    /// <summary>
    /// Edits the JSON text: «$.a.b=VALUE» sets that property, «$..name[0].x=VALUE» the first such property found anywhere.
    /// The value is spliced in as raw JSON text, so escapes such as \ud800 reach the server as written.
    /// </summary>
    private static string Edit(string json, string edit)
    {
        var (path, raw) = (edit[..edit.IndexOf('=', StringComparison.Ordinal)], edit[(edit.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var root = JsonNode.Parse(json)!;
        var marker = "__HOSTILE__";
        var target = path.StartsWith("$..", StringComparison.Ordinal) ? FindAnywhere(root, path[3..]) : Follow(root, path[2..].Split('.'));
        target.Parent![target.Name] = marker;
        return root.ToJsonString().Replace($"\"{marker}\"", raw, StringComparison.Ordinal);
    }

    private static (JsonObject? Parent, string Name) Follow(JsonNode root, string[] steps)
    {
        var node = root;
        foreach (var step in steps[..^1])
        {
            node = node[step]!;
        }

        return ((JsonObject)node, steps[^1]);
    }

    // «amounts[0].amount»: the first object anywhere with an array «amounts» whose first element has «amount».
    private static (JsonObject? Parent, string Name) FindAnywhere(JsonNode root, string path)
    {
        var match = Regex.Match(path, @"^(?<array>\w+)\[0\]\.(?<name>\w+)$");
        foreach (var node in Walk(root))
        {
            if (node is JsonObject obj && obj[match.Groups["array"].Value] is JsonArray { Count: > 0 } array
                && array[0] is JsonObject first && first.ContainsKey(match.Groups["name"].Value))
            {
                return (first, match.Groups["name"].Value);
            }
        }

        throw new InvalidOperationException("No " + path);
    }

    private static IEnumerable<JsonNode> Walk(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(Walk))
        {
            yield return child;
        }
    }

    /// <summary>The editor pages a role reaches from its start pages, one per URL shape (/plan/12/edit and /plan/13/edit are one).</summary>
    private static async Task<List<string>> EditorPagesAsync(PortalClient client, string[] starts, string[] within)
    {
        var shapes = new HashSet<string>();
        var editors = new List<string>();
        var frontier = starts.Where(s => shapes.Add(Shape(s))).ToList();
        for (var depth = 0; depth < 3 && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var start in frontier)
            {
                var (url, page) = await FollowAsync(client, start);
                if (page is null)
                {
                    continue;
                }

                if (EditorForms(page).Any() && !editors.Contains(url))
                {
                    editors.Add(url);
                }

                next.AddRange(page.QuerySelectorAll<IHtmlAnchorElement>("a[href]").Select(a => a.GetAttribute("href")!.Split('#')[0])
                    .Where(h => h.StartsWith('/') && within.Any(w => h.StartsWith(w, StringComparison.Ordinal)) && !NotPages.Any(n => h.Contains(n, StringComparison.Ordinal)))
                    .Where(h => shapes.Add(Shape(h))));
            }

            frontier = next;
        }

        return editors;
    }

    private static string Shape(string url) => Regex.Replace(url, "[0-9]+", "N");

    /// <summary>The page at the URL, following the portal's own redirects (/projects/5/edit → /projects/5/edit/general).</summary>
    private static async Task<(string Url, IDocument? Page)> FollowAsync(PortalClient client, string url)
    {
        for (var hops = 0; hops < 3; hops++)
        {
            using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return (url, await PortalClient.ParseAsync(response));
            }

            if (response.Headers.Location is not { } location || (int)response.StatusCode is < 300 or >= 400)
            {
                break;
            }

            url = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        }

        return (url, null);
    }

    private static IEnumerable<IHtmlFormElement> EditorForms(IDocument page) =>
        page.QuerySelectorAll<IHtmlFormElement>("form").Where(f =>
            string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)
            && !NotEditors.Any(n => (f.GetAttribute("action") ?? "").Contains(n, StringComparison.OrdinalIgnoreCase))
            && f.QuerySelectorAll("input[name], textarea[name], select[name]").Any(e => e.GetAttribute("type") is not ("hidden" or "submit" or "file")));

    /// <summary>What the browser would send for the form as shown, pressing its first submit button.</summary>
    private static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                case IHtmlInputElement { Type: "submit" or "file" or "button" or "image" or "reset" }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, (select.SelectedOptions.Length > 0 ? select.SelectedOptions[0].Value : null) ?? (select.Options.Length > 0 ? select.Options[0]!.Value : "")));
                    break;
            }
        }

        if (form.QuerySelector("button[type=submit][name], input[type=submit][name]") is { } submit)
        {
            fields.Add(new(submit.GetAttribute("name")!, submit.GetAttribute("value") ?? ""));
        }

        return fields;
    }

    /// <summary>«Form.Rows[3].End» and «Form.Rows[0].End» are the same field of the form: one of them is enough.</summary>
    private static string Pattern(string name) => Regex.Replace(name, @"\[[0-9]+\]", "[i]");

    /// <summary>Posts url-encoded, writing a lone surrogate as its (invalid) UTF-8 bytes as a careless client would.</summary>
    private static Task<HttpResponseMessage> PostAsync(PortalClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var body = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            body.Append(body.Length == 0 ? "" : "&").Append(Encode(name)).Append('=').Append(Encode(value));
        }

        var content = new StringContent(body.ToString(), Encoding.ASCII);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private static string Encode(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return Uri.EscapeDataString(text);
        }

        var encoded = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                encoded.Append(Uri.EscapeDataString(text.AsSpan(i, 2)));
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                encoded.Append("%ED%A0%80");
            }
            else
            {
                encoded.Append(Uri.EscapeDataString(text[i].ToString()));
            }
        }

        return encoded.ToString();
    }

    private static byte[] AppendRows(byte[] xlsx, int rows)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            // The rows take the sheet's namespace prefix as they are written: replacing it afterwards in a 20 MB builder
            // took minutes.
            var close = Regex.Match(xml, "</(?:[a-z]+:)?sheetData>");
            var p = close.Value[2..^"sheetData>".Length];
            var extra = new StringBuilder();
            for (var r = 0; r < rows; r++)
            {
                var n = 10_000 + r;
                extra.Append(CultureInfo.InvariantCulture,
                    $"<{p}row r=\"{n}\"><{p}c r=\"A{n}\" t=\"inlineStr\"><{p}is><{p}t>{r}.</{p}t></{p}is></{p}c>" +
                    $"<{p}c r=\"B{n}\" t=\"inlineStr\"><{p}is><{p}t>Мероприятие</{p}t></{p}is></{p}c></{p}row>");
            }

            var at = close.Index;
            xml = xml[..at] + extra + xml[at..];
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open());
            writer.Write(xml);
        }

        return stream.ToArray();
    }

    /// <summary>One statement reading every table's row count and newest row version (xmin): any write changes it.</summary>
    private async Task<string> FingerprintQueryAsync()
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' " +
            "AND table_name NOT IN ('DataProtectionKeys', '__EFMigrationsHistory') ORDER BY table_name", connection);
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        return "SELECT " + string.Join(" || '|' || ", tables.Select(t => $"(SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM \"{t}\")"));
    }

    private TimeSpan fingerprintTime;

    private async Task<string> ReadFingerprintAsync(string query)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await ReadOnceAsync(query);
        }
        finally
        {
            fingerprintTime += Stopwatch.GetElapsedTime(started);
        }
    }

    private async Task<string> ReadOnceAsync(string query)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(query, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
