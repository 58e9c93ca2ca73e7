using AngleSharp.Dom;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Projects;

[Collection(Portals.Projects)]
public sealed class ProjectListTests(PortalFactory portal)
{
    [Fact]
    public async Task Search_finds_a_project_by_a_part_of_its_name_in_any_case()
    {
        var tag = Arrange.NewTag();
        await portal.AddAsync(ProjectArrange.Simple($"Цифровая школа {tag}", new(2024, 1, 1), new(2024, 12, 31)));
        await portal.AddAsync(ProjectArrange.Simple($"Зеленый город {tag}", new(2024, 1, 1), new(2024, 12, 31)));
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await viewer.GetPageAsync($"/projects?q={Uri.EscapeDataString($"ФРОВАЯ ШКОЛА {tag}")}");

        Assert.Equal([$"Цифровая школа {tag}"], Names(page));
        Assert.Equal($"ФРОВАЯ ШКОЛА {tag}", page.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Search_treats_percent_and_underscore_as_characters()
    {
        var tag = Arrange.NewTag();
        await portal.AddAsync(ProjectArrange.Simple($"Охват 100% {tag}", new(2024, 1, 1), new(2024, 12, 31)));
        await portal.AddAsync(ProjectArrange.Simple($"Охват 1000 {tag}", new(2024, 1, 1), new(2024, 12, 31)));
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await viewer.GetPageAsync($"/projects?q={Uri.EscapeDataString($"100% {tag}")}");

        Assert.Equal([$"Охват 100% {tag}"], Names(page));
    }

    [Fact]
    public async Task Rows_show_layout_status_period_the_short_names_of_leader_and_curator_and_no_risk_level_without_a_register()
    {
        var tag = Arrange.NewTag();
        var leader = new Person { FullName = $"Лидерова{tag} Анна Петровна" };
        var curator = new Person { FullName = $"Кураторов{tag} Иван Сергеевич" };
        await portal.AddAsync(ProjectArrange.Simple($"Проект {tag}", new(2020, 2, 1), new(2021, 12, 31), ProjectStatus.InApproval, leader, curator));
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await viewer.GetPageAsync($"/projects?q={tag}");

        var cells = page.QuerySelectorAll("[data-testid=project-list] tbody tr").Single().Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal([$"Проект {tag}", "Паспорт проекта (пп. 1–22)", "На утверждении", "01.02.2020 – 31.12.2021", $"Лидерова{tag} А.П.", $"Кураторов{tag} И.С.", ""], cells);
    }

    [Fact]
    public async Task Filters_by_leader_curator_status_and_year_narrow_the_list()
    {
        var tag = Arrange.NewTag();
        var leaderA = new Person { FullName = $"Алексеева{tag} Анна Ивановна" };
        var leaderB = new Person { FullName = $"Борисов{tag} Борис Борисович" };
        var curator = new Person { FullName = $"Кураторов{tag} Иван Сергеевич" };
        await portal.WithDbAsync(db =>
        {
            db.Projects.AddRange(
                ProjectArrange.Simple($"Альфа {tag}", new(2019, 1, 1), new(2020, 12, 31), ProjectStatus.Approved, leaderA, curator),
                ProjectArrange.Simple($"Бета {tag}", new(2022, 3, 1), new(2023, 6, 30), ProjectStatus.Draft, leaderB),
                ProjectArrange.Simple($"Гамма {tag}", new(2020, 6, 1), new(2022, 5, 31), ProjectStatus.Draft, leaderA));
            return db.SaveChangesAsync();
        });
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);
        var all = await viewer.GetPageAsync($"/projects?q={tag}");
        var leaderOption = all.QuerySelectorAll("select[name=leader] option").Single(o => o.TextContent == leaderA.FullName).GetAttribute("value");
        var curatorOption = all.QuerySelectorAll("select[name=curator] option").Single(o => o.TextContent == curator.FullName).GetAttribute("value");

        var byLeader = await viewer.GetPageAsync($"/projects?q={tag}&leader={leaderOption}");
        var byCurator = await viewer.GetPageAsync($"/projects?q={tag}&curator={curatorOption}");
        var byStatus = await viewer.GetPageAsync($"/projects?q={tag}&status=Draft");
        var byYear = await viewer.GetPageAsync($"/projects?q={tag}&year=2022");
        var byYearAndStatus = await viewer.GetPageAsync($"/projects?q={tag}&year=2020&status=Approved");

        Assert.Equal([$"Альфа {tag}", $"Бета {tag}", $"Гамма {tag}"], Names(all));
        Assert.Equal([$"Альфа {tag}", $"Гамма {tag}"], Names(byLeader));
        Assert.Equal([$"Альфа {tag}"], Names(byCurator));
        Assert.Equal([$"Бета {tag}", $"Гамма {tag}"], Names(byStatus));
        Assert.Equal([$"Бета {tag}", $"Гамма {tag}"], Names(byYear));
        Assert.Equal([$"Альфа {tag}"], Names(byYearAndStatus));
        Assert.Equal(leaderOption, byLeader.QuerySelector("select[name=leader] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_list_is_paged_by_25_and_the_pager_keeps_the_search()
    {
        var tag = Arrange.NewTag();
        await portal.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 30; i++)
            {
                db.Projects.Add(ProjectArrange.Simple($"Серия {tag} № {i:00}", new(2024, 1, 1), new(2024, 12, 31)));
            }

            return await db.SaveChangesAsync();
        });
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var first = await viewer.GetPageAsync($"/projects?q={tag}&status=Draft");
        var next = first.QuerySelectorAll(".pagination a").Single(a => a.TextContent == "2").GetAttribute("href")!;
        var second = await viewer.GetPageAsync("/projects" + next);

        Assert.Equal(25, Names(first).Count);
        Assert.Equal($"Серия {tag} № 01", Names(first)[0]);
        Assert.Contains($"q={tag}", next, StringComparison.Ordinal);
        Assert.Contains("status=Draft", next, StringComparison.Ordinal);
        Assert.Equal([.. Enumerable.Range(26, 5).Select(i => $"Серия {tag} № {i}")], Names(second));
        Assert.Contains("Найдено проектов: 30", first.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leader_lists_only_the_projects_he_may_open_while_a_viewer_lists_all()
    {
        var tag = Arrange.NewTag();
        await portal.WithDbAsync(async db =>
        {
            var own = ProjectArrange.Simple($"Своя команда {tag}", new(2024, 1, 1), new(2024, 12, 31));
            own.Members.Add(new ProjectMember { Role = MemberRole.Executor, Person = await ProjectArrange.PersonOfAsync(db, DemoUsers.Leader) });
            db.Projects.AddRange(own, ProjectArrange.Simple($"Чужая команда {tag}", new(2024, 1, 1), new(2024, 12, 31)));
            return await db.SaveChangesAsync();
        });
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var leaderList = await leader.GetPageAsync($"/projects?q={tag}");
        var viewerList = await viewer.GetPageAsync($"/projects?q={tag}");

        Assert.Equal([$"Своя команда {tag}"], Names(leaderList));
        Assert.Equal([$"Своя команда {tag}", $"Чужая команда {tag}"], Names(viewerList));
    }

    [Fact]
    public async Task Nothing_found_says_so()
    {
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await viewer.GetPageAsync($"/projects?q=нет-такого-{Arrange.NewTag()}");

        Assert.Equal("Проекты по заданным условиям не найдены.", page.QuerySelector("[data-testid=no-projects]")!.TextContent);
    }

    [Theory]
    [InlineData("office", true)]
    [InlineData("leader", true)]
    [InlineData("admin", true)]
    [InlineData("viewer", false)]
    [InlineData("methodist", false)]
    public async Task Projects_are_in_the_menu_and_create_shows_only_with_the_permission(string userName, bool canCreate)
    {
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));

        var home = await client.GetPageAsync("/");
        var list = await client.GetPageAsync("/projects");

        Assert.Contains(home.QuerySelectorAll("[data-testid=main-nav] a"), a => a.TextContent == "Проекты" && a.GetAttribute("href") == "/projects");
        var create = list.QuerySelector("[data-testid=create-project]");
        Assert.Equal(canCreate, create is not null);
        Assert.Equal(canCreate ? "/projects/new" : null, create?.GetAttribute("href"));
    }

    private static List<string> Names(IDocument page) =>
        page.QuerySelectorAll("[data-testid=project-list] tbody tr td:first-child a").Select(a => a.TextContent).ToList();
}
