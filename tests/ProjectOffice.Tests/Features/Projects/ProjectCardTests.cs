using System.Net;
using AngleSharp.Dom;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Projects;

[Collection(Portals.Projects)]
public sealed class ProjectCardTests(PortalFactory portal)
{
    [Fact]
    public async Task Municipal_card_shows_the_passport_items_with_lists_as_list_items()
    {
        var tag = Arrange.NewTag();
        var id = await ProjectArrange.AddMunicipalAsync(portal, tag);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await viewer.GetPageAsync($"/projects/{id}");

        Assert.Equal("«Учитель будущего»", Item(page, 1));
        Assert.Equal("«Кластер " + tag + "»", Item(page, 2));
        Assert.Equal("внешний", Item(page, 3));
        Assert.Contains("Омской области до 2025 года", page.QuerySelector("[data-testid=passport-municipal]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ефимова Лариса Геннадьевна, директор департамента образования, efimova_lg@mail.ru, тел. 20-13-30", Item(page, 7));
        // The member's own position and phone win over the person's.
        Assert.Equal("Чернецкая Людмила Геннадьевна, заведующий отделом дополнительного образования, tyuleva2011@list.ru, тел. 8-951-405-88-13", Item(page, 9));
        Assert.EndsWith("romankowan@yandex.ru, тел. 8-909-537-12-76", Item(page, 13), StringComparison.Ordinal);
        var executors = page.QuerySelectorAll("[data-testid=executors] tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["1", "Ефимова Лариса Геннадьевна", "Директор департамента образования Администрации города Омска", "efimova_lg@mail.ru", "20-13-30"], executors[0]);
        Assert.Equal(["2", "Романькова Наталья Владимировна", "методист", "romankowan@yandex.ru", "53-59-58"], executors[1]);
        // Lists read as the paper prints them: «- » lines (tasks, risks), results numbered «1.».
        Assert.Equal(["Создать систему профориентационной работы", "Обеспечить сетевое взаимодействие"], ListItems(page, 17));
        Assert.Equal(["1. Создана система профориентационной работы", "2. Созданы условия для сетевого взаимодействия"], Paragraphs(page, 18));
        Assert.Equal(["отсутствие инвестиций", "недостаточный уровень квалификации проектной команды"], ListItems(page, 22));
        Assert.Contains("Внешние риски:", Item(page, 22), StringComparison.Ordinal);
        Assert.Contains("Внутренние риски:", Item(page, 22), StringComparison.Ordinal);
        Assert.DoesNotContain("<li", page.Body!.TextContent, StringComparison.Ordinal);
        var stages = Rows(page, "stages");
        Assert.Equal(["Проект в целом, в том числе в разрезе этапов реализации:", "01.02.2020", "31.12.2021"], stages[0]);
        Assert.Equal(["2 этап. Основной", "01.09.2020", "31.12.2021"], stages[2]);
    }

    [Fact]
    public async Task Municipal_budget_totals_are_computed_and_dashes_stay_dashes()
    {
        var id = await ProjectArrange.AddMunicipalAsync(portal, Arrange.NewTag());
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var budget = Rows(await office.GetPageAsync($"/projects/{id}"), "budget");

        // Columns: stage, «Всего», federal, city.
        Assert.Equal(["Проект в целом, в том числе в разрезе этапов реализации", "29 311,72", "1,5", "29 310,22"], budget[0]);
        Assert.Equal(["1 этап. Подготовительный", "-", "-", "-"], budget[1]);
        Assert.Equal(["2 этап. Основной", "29 311,72", "1,5", "29 310,220"], budget[2]);
    }

    [Fact]
    public async Task National_card_shows_its_sections_with_numbered_results_and_rich_text()
    {
        var id = await ProjectArrange.AddNationalAsync(portal, Arrange.NewTag());
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await viewer.GetPageAsync($"/projects/{id}");

        var section1 = page.QuerySelector("[data-testid=section-1]")!.TextContent;
        Assert.Contains("«Успех каждого ребенка»", section1, StringComparison.Ordinal);
        Assert.Contains("01.01.2019 - 31.12.2024", section1, StringComparison.Ordinal);
        Assert.Contains("Куратор муниципального проекта", section1, StringComparison.Ordinal);
        Assert.Contains("Ермаков Александр Владимирович, Заместитель мэра городского округа по социальным вопросам", section1, StringComparison.Ordinal);
        var indicators = Rows(page, "indicators");
        Assert.Equal(["1.", "Доля детей, охваченных дополнительным образованием, %", "Основной", "71%", "1 января 2019 г.", "73%", "75%"], indicators[0]);
        Assert.Equal(["2.", "Число участников открытых онлайн-уроков, тыс. человек", "Дополнительный", "0,532", "", "", "Не менее 5"], indicators[1]);
        var tasks = Rows(page, "tasks");
        Assert.Equal(["1.", "Формирование эффективной системы выявления талантов"], tasks[0]);
        Assert.Equal("1.2.", tasks[2][0]);
        var characteristic = page.QuerySelectorAll("[data-testid=tasks] tbody tr")[1].Children[2];
        Assert.Equal("За счет средств субсидии:", characteristic.QuerySelector("p")!.TextContent);
        Assert.Equal(["закуплено оборудование", "обучены педагоги"], characteristic.QuerySelectorAll("li").Select(li => li.TextContent).ToList());
        Assert.DoesNotContain("- закуплено", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task National_budget_totals_are_computed_per_direction_and_for_the_project()
    {
        var tag = Arrange.NewTag();
        var id = await ProjectArrange.AddNationalAsync(portal, tag);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var budget = Rows(await office.GetPageAsync($"/projects/{id}"), "budget");

        // Columns: №, title, 2019, 2020, 2021, «Всего».
        Assert.Equal(["1.1.", "Не менее 70 % детей с ОВЗ обучаются по дополнительным программам"], budget[0]);
        Assert.Equal(["", "Всего по данному направлению муниципального проекта", "0,015", "0,015", "0,015", "0,045"], budget[3]);
        Assert.Equal("1.2.", budget[4][0]);
        Assert.Equal(["", "Всего по данному направлению муниципального проекта", "9,0", "0", "", "9,0"], budget[7]);
        Assert.Equal(["", "Всего по муниципальному проекту, в том числе:", "9,015", "0,015", "0,015", "9,045"], budget[8]);
        Assert.Equal(["", "региональный бюджет " + tag, "9,015", "0,015", "0,015", "9,045"], budget[9]);
        Assert.Equal(["", "бюджет муниципального образования " + tag, "0", "0", "0", "0"], budget[10]);
        // A direction's source with only «-» totals «-».
        Assert.Equal(["", "бюджет муниципального образования " + tag, "-", "", "", "-"], budget[6]);
    }

    [Fact]
    public async Task National_card_numbers_participants_across_groups_and_shows_the_annexes()
    {
        var id = await ProjectArrange.AddNationalAsync(portal, Arrange.NewTag());
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await viewer.GetPageAsync($"/projects/{id}");

        var participants = Rows(page, "participants");
        Assert.Equal(["1.", "Куратор муниципального проекта", "Ермаков А.В.", "Заместитель мэра", "Боровский О.В.", "5%"], participants[0]);
        Assert.Equal(["Общие организационные мероприятия по проекту"], participants[2]);
        Assert.Equal(["3.", "Участник муниципального проекта", "Бадудина Т.А.", "Директор МОУ ДПО", "", "20%"], participants[3]);
        Assert.Equal(["Создание детского технопарка «Кванториум»"], participants[4]);
        Assert.Equal("Ответственный за достижение результата муниципального проекта", participants[5][1]);
        Assert.Equal("5.", participants[6][0]);
        var annex = Rows(page, "indicators-by-organisation");
        Assert.Equal("Показатель 1 Доля детей, охваченных дополнительным образованием, %", annex[0][0]);
        Assert.Equal(["1.", "Учреждения дополнительного образования", "71", "01.01.2018", "73%", "75%"], annex[1]);
        var methods = Rows(page, "indicator-methods");
        Assert.Equal("1.", methods[1][0]);
        // The card reads the formula as the printed annexes do: no raw TeX, indices as subscripts.
        Assert.Equal("Fov = ∑ Xi", methods[1][1]);
        Assert.Equal(["ov", "i"], page.QuerySelectorAll("[data-testid=method-formula] sub").Select(s => s.TextContent));
        var text = page.QuerySelector("[data-section-kind=Text]")!;
        Assert.Equal("Проект направлен на достижение цели.", text.QuerySelector("p")!.TextContent);
        Assert.Equal(2, text.QuerySelectorAll("li").Length);
        var financing = Rows(page, "financing");
        Assert.Equal(["1.", "Закупка интерактивных профориентационных игр\nДоступ к интернет-ресурсам", "", "0,015", "0,025\n0,015", "0,055"], financing[0]);
        Assert.Equal(["", "Всего по проекту", "", "9,015", "0,04", "9,055"], financing[2]);
        Assert.Contains("5-21-00", page.QuerySelector("[data-section-kind=Table]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("office", true)]
    [InlineData("admin", true)]
    [InlineData("leader", true)]
    [InlineData("viewer", false)]
    [InlineData("methodist", false)]
    [InlineData("curator", false)]
    public async Task Edit_button_shows_only_to_those_who_may_edit_the_passport(string userName, bool canEdit)
    {
        var id = await ProjectArrange.AddMunicipalAsync(portal, Arrange.NewTag());
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));

        var page = await client.GetPageAsync($"/projects/{id}");

        var edit = page.QuerySelector("[data-testid=edit-project]");
        Assert.Equal("«Кластер", Item(page, 2).Split(' ')[0]);
        Assert.Equal(canEdit, edit is not null);
        if (canEdit)
        {
            Assert.Equal($"/projects/{id}/edit", edit!.GetAttribute("href"));
            Assert.Equal("Изменить", edit.TextContent);
        }
    }

    [Fact]
    public async Task A_team_member_without_edit_rights_sees_the_card_without_the_edit_button()
    {
        var tag = Arrange.NewTag();
        var id = await portal.WithDbAsync(async db =>
        {
            var project = ProjectArrange.Simple($"Исполнитель {tag}", new(2024, 1, 1), new(2024, 12, 31));
            project.Members.Add(new ProjectMember { Role = MemberRole.Executor, Person = await ProjectArrange.PersonOfAsync(db, DemoUsers.Leader) });
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var page = await leader.GetPageAsync($"/projects/{id}");

        Assert.Equal($"Исполнитель {tag}", page.QuerySelector("[data-testid=project-name]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=edit-project]"));
    }

    [Fact]
    public async Task A_leader_cannot_open_the_card_of_a_project_he_takes_no_part_in()
    {
        var id = await ProjectArrange.AddNationalAsync(portal, Arrange.NewTag());
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using var response = await leader.Http.GetAsync(new Uri($"/projects/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("У вас нет прав на это действие.", page.QuerySelector("[data-testid=error-message]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=passport-national]"));
    }

    [Fact]
    public async Task Unknown_project_answers_404_with_the_russian_error_page()
    {
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        using var response = await viewer.Http.GetAsync(new Uri("/projects/987654", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Страница не найдена.", page.QuerySelector("[data-testid=error-message]")!.TextContent);
    }

    /// <summary>The value cell of a municipal item (the row carries the number, the caption and the value).</summary>
    private static string Item(IDocument page, int number) =>
        page.QuerySelector($"[data-item='{number}'] > td.value")!.TextContent.Trim();

    private static List<string> ListItems(IDocument page, int number) =>
        page.QuerySelectorAll($"[data-item='{number}'] p.dash").Select(p => p.TextContent.Trim()).ToList();

    private static List<string> Paragraphs(IDocument page, int number) =>
        page.QuerySelectorAll($"[data-item='{number}'] > td.value > p").Select(p => p.TextContent.Trim()).ToList();

    private static List<List<string>> Rows(IDocument page, string table) =>
        page.QuerySelectorAll($"[data-testid={table}] tbody tr")
            .Select(row => row.Children.Select(cell => cell.TextContent.Trim()).ToList())
            .ToList();
}
