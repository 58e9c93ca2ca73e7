using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ProjectOffice.Tests.Features.Passport;

/// <summary>
/// The team editor of a big team stays light: the reference lists are on the page once, not in every row, and the page
/// is read in a fixed number of queries whatever the size of the team.
/// </summary>
[Collection(Portals.Passport)]
public sealed class TeamPageWeightTests(PortalFactory portal, ITestOutputHelper output)
{
    [Theory]
    [InlineData(DemoPlans.Municipal)]
    [InlineData(DemoPlans.National)]
    public async Task The_team_page_lists_people_once_and_is_read_in_eight_queries(string name)
    {
        var id = await portal.ProjectIdAsync(name);
        var people = await portal.WithDbAsync(db => db.People.CountAsync());
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        await office.GetPageAsync($"/projects/{id}/edit/team");
        using var counter = new QueryCounter(portal.ConnectionString);

        using var response = await office.Http.GetAsync(new Uri($"/projects/{id}/edit/team", UriKind.Relative));
        var queries = counter.Count;
        var html = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ParseAsync(response);

        var rows = page.QuerySelectorAll("[data-testid=member-row]").Length;
        output.WriteLine($"{name}: {System.Text.Encoding.UTF8.GetByteCount(html):N0} bytes, {queries} queries, {rows} rows, {people} people");
        Assert.Equal(people, page.QuerySelectorAll("datalist#people option").Length);
        Assert.Equal(rows, page.QuerySelectorAll("input[list=people]").Length);
        Assert.All(page.QuerySelectorAll("select").OfType<IHtmlSelectElement>(), select => Assert.True(select.Length <= 5, select.Name));
        // The access check ([ProjectAccess]: the project with the caller's team roles, one query), status (the freeze),
        // project with members, groups, people, organisations, and the menu's two.
        Assert.True(queries <= 8, counter.Log);
    }
}
