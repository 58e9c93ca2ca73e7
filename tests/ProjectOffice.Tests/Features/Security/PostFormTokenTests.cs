using System.Text.RegularExpressions;

namespace ProjectOffice.Tests.Features.Security;

/// <summary>
/// The form tag helper leaves the antiforgery token out of a form with a literal <c>action</c> unless it says
/// <c>asp-antiforgery="true"</c>: a browser then posts no token and gets «Ошибка 400». The test client does not notice
/// (it takes the first token on the page, the sign-out form's), so the views are checked here.
/// </summary>
public sealed partial class PostFormTokenTests
{
    // Routes that take no antiforgery token on purpose ([IgnoreAntiforgeryToken]): the unsubscribe token is the proof.
    private static readonly string[] TokenFreeActions = ["/mail/unsubscribe"];

    [Fact]
    public void Every_post_form_with_an_explicit_action_renders_the_antiforgery_token()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "ProjectOffice.Web");
        var views = Directory.GetFiles(web, "*.cshtml", SearchOption.AllDirectories);
        Assert.NotEmpty(views);

        var missing = (
            from view in views
            let text = File.ReadAllText(view)
            from Match form in FormTag().Matches(text)
            let tag = form.Value
            where PostMethod().IsMatch(tag) && ActionAttribute().Match(tag) is { Success: true } action
                  && !TokenFreeActions.Contains(action.Groups[1].Value)
                  && !tag.Contains("asp-antiforgery=\"true\"", StringComparison.Ordinal)
            select $"{Path.GetRelativePath(web, view)}: {Regex.Replace(tag, @"\s+", " ")}").ToList();

        Assert.True(missing.Count == 0, "Forms without the antiforgery token:\n" + string.Join('\n', missing));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProjectOffice.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ProjectOffice.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"<form\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex(@"\bmethod=""post""", RegexOptions.IgnoreCase)]
    private static partial Regex PostMethod();

    [GeneratedRegex(@"\baction=""([^""]*)""")]
    private static partial Regex ActionAttribute();
}
