using System.Net;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Passport;

[Collection(Portals.Passport)]
public sealed class GeneralEditTests(PortalFactory portal)
{
    [Fact]
    public async Task Every_general_field_round_trips_through_the_form()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект для общих сведений");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var url = $"/projects/{id}/edit/general";
        var fields = (await office.GetPageAsync(url)).Fields();
        var typed = new Dictionary<string, string>
        {
            ["Form.Name"] = "Успех «каждого» ребенка",
            ["Form.ShortName"] = "Успех",
            ["Form.Layout"] = "National",
            ["Form.Kind"] = "Internal",
            ["Form.Level"] = "Regional",
            ["Form.NationalProject"] = "Образование",
            ["Form.FederalProject"] = "Учитель будущего",
            ["Form.RegionalProject"] = "Успех каждого ребенка (Иркутская область)",
            ["Form.StrategicGoalRegionCaption"] = "Стратегическая цель Омской области до 2025 года",
            ["Form.StrategicGoalRegion"] = "Повышение качества образования",
            ["Form.StrategicGoalCityCaption"] = "Стратегическая цель города Омска до 2030 года",
            ["Form.StrategicGoalCity"] = "Развитие человеческого капитала",
            ["Form.FunctionalBlock"] = "Обеспечение качества услуг в сфере образования",
            ["Form.Municipality"] = "г. Саянск (муниципальное образование)",
            ["Form.Basis"] = "Национальный проект «Образование»; Федеральный проект «Учитель будущего»",
            ["Form.Goal"] = "Первый абзац цели.\r\n\r\n- пункт один\r\n- пункт два",
            ["Form.RelatedProjects"] = "---",
            ["Form.BudgetBreakdown"] = "Direction",
            ["Form.Start"] = "01.01.2019",
            ["Form.End"] = "31.12.2024",
        };
        foreach (var (name, value) in typed)
        {
            fields[name] = value;
        }

        var response = await office.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var project = await PassportArrange.ProjectWithPassportAsync(portal, id);
        Assert.Equal("Успех «каждого» ребенка", project.Name);
        Assert.Equal("Успех", project.ShortName);
        Assert.Equal(ProjectLayout.National, project.Layout);
        Assert.Equal(ProjectKind.Internal, project.Kind);
        Assert.Equal(ProjectLevel.Regional, project.Level);
        Assert.Equal("Образование", project.NationalProject);
        Assert.Equal("Учитель будущего", project.FederalProject);
        Assert.Equal("Успех каждого ребенка (Иркутская область)", project.RegionalProject);
        Assert.Equal("Стратегическая цель Омской области до 2025 года", project.StrategicGoalRegionCaption);
        Assert.Equal("Повышение качества образования", project.StrategicGoalRegion);
        Assert.Equal("Стратегическая цель города Омска до 2030 года", project.StrategicGoalCityCaption);
        Assert.Equal("Развитие человеческого капитала", project.StrategicGoalCity);
        Assert.Equal("Обеспечение качества услуг в сфере образования", project.FunctionalBlock);
        Assert.Equal("г. Саянск (муниципальное образование)", project.Municipality);
        Assert.Equal("Национальный проект «Образование»; Федеральный проект «Учитель будущего»", project.Basis);
        Assert.Equal("Первый абзац цели.\n\n- пункт один\n- пункт два", project.Goal);
        Assert.Equal(2, RichText.Parse(project.Goal).Count);
        Assert.Equal("---", project.RelatedProjects);
        Assert.Equal(BudgetBreakdown.Direction, project.BudgetBreakdown);
        Assert.Equal(new DateOnly(2019, 1, 1), project.StartDate);
        Assert.Equal(new DateOnly(2024, 12, 31), project.EndDate);

        var shown = await office.GetPageAsync(url);
        foreach (var (name, value) in typed)
        {
            Assert.Equal(value.Replace("\r\n", "\n", StringComparison.Ordinal), shown.ValueOf(name)?.Replace("\r\n", "\n", StringComparison.Ordinal));
        }

        Assert.Contains("Успех «каждого» ребенка", shown.QuerySelector("[data-testid=passport-heading]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Паспорт национального (регионального) проекта", shown.QuerySelector("[data-testid=passport-layout]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clearing_optional_fields_stores_nothing()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект с целью", arrange: p =>
        {
            p.Goal = "Старая цель";
            p.Kind = ProjectKind.Priority;
        });
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var url = $"/projects/{id}/edit/general";
        var fields = (await office.GetPageAsync(url)).Fields();
        fields["Form.Goal"] = "   ";
        fields["Form.Kind"] = "";

        await office.PostFormAsync(url, fields);

        var project = await PassportArrange.ProjectWithPassportAsync(portal, id);
        Assert.Null(project.Goal);
        Assert.Null(project.Kind);
    }

    [Fact]
    public async Task Edit_address_opens_the_general_section()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект для перехода");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        using var response = await office.Http.GetAsync(new Uri($"/projects/{id}/edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/projects/{id}/edit/general", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Every_section_page_links_every_passport_section_in_form_order()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект с вкладками");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        string[] sections = ["general", "team", "stages", "lists", "tasks", "indicators", "budget", "materials"];
        var urls = sections.Select(s => $"/projects/{id}/edit/{s}").ToList();

        foreach (var url in urls)
        {
            var page = await office.GetPageAsync(url);

            var links = page.QuerySelectorAll("[data-testid=passport-tabs] a").Select(a => a.GetAttribute("href") ?? "").ToList();
            Assert.Equal(urls, links);
            Assert.Equal(url, page.QuerySelector("[data-testid=passport-tabs] a.active")?.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector($"a[href='/projects/{id}']"));
        }
    }

    [Fact]
    public async Task Impossible_period_date_is_refused_with_the_typed_value_kept()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект с плохой датой");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var url = $"/projects/{id}/edit/general";
        var fields = (await office.GetPageAsync(url)).Fields();
        fields["Form.End"] = "31.06.2021";
        fields["Form.Name"] = "Новое имя";

        var response = await office.PostFormAsync(url, fields);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Такой даты нет: 31.06.2021.", page.MessageFor("Form.End"));
        Assert.Equal("31.06.2021", page.ValueOf("Form.End"));
        Assert.Equal("Новое имя", page.ValueOf("Form.Name"));
        var project = await PassportArrange.ProjectWithPassportAsync(portal, id);
        Assert.Equal("Проект с плохой датой", project.Name);
    }

    [Fact]
    public async Task Period_that_would_leave_a_stage_outside_is_refused_naming_the_stage()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект с этапом", arrange: p => p.Stages.Add(new Stage
        {
            Name = "Анализ результатов",
            StartDate = new DateOnly(2021, 9, 1),
            EndDate = new DateOnly(2021, 12, 31),
        }));
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var url = $"/projects/{id}/edit/general";
        var fields = (await office.GetPageAsync(url)).Fields();
        fields["Form.End"] = "30.06.2021";

        var response = await office.PostFormAsync(url, fields);

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Этап «Анализ результатов»", page.MessageFor("Form.End"), StringComparison.Ordinal);
        Assert.Equal("30.06.2021", page.ValueOf("Form.End"));
        var project = await PassportArrange.ProjectWithPassportAsync(portal, id);
        Assert.Equal(PassportArrange.PeriodEnd, project.EndDate);
    }

    [Fact]
    public async Task Second_editor_of_the_same_version_gets_the_conflict_message_and_keeps_the_typed_values()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект для двоих");
        using var first = await portal.SignInAsAsync(DemoUsers.Office);
        using var second = await portal.SignInAsAsync(DemoUsers.Admin);
        var url = $"/projects/{id}/edit/general";
        var firstFields = (await first.GetPageAsync(url)).Fields();
        var secondFields = (await second.GetPageAsync(url)).Fields();

        firstFields["Form.Goal"] = "Цель первого";
        var firstResponse = await first.PostFormAsync(url, firstFields);
        secondFields["Form.Goal"] = "Цель второго";
        var secondResponse = await second.PostFormAsync(url, secondFields);

        Assert.Equal(HttpStatusCode.Redirect, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        var page = await PortalClient.ParseAsync(secondResponse);
        Assert.Contains("изменил другой пользователь", page.QuerySelector("[data-testid=form-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Цель второго", page.ValueOf("Form.Goal"));
        var project = await PassportArrange.ProjectWithPassportAsync(portal, id);
        Assert.Equal("Цель первого", project.Goal);
    }

    [Fact]
    public async Task After_a_conflict_saving_again_from_the_reshown_form_succeeds()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект для повтора");
        using var first = await portal.SignInAsAsync(DemoUsers.Office);
        using var second = await portal.SignInAsAsync(DemoUsers.Admin);
        var url = $"/projects/{id}/edit/general";
        var stale = (await second.GetPageAsync(url)).Fields();
        var firstFields = (await first.GetPageAsync(url)).Fields();
        firstFields["Form.Goal"] = "Цель первого";
        await first.PostFormAsync(url, firstFields);
        stale["Form.Goal"] = "Цель второго, сверенная";
        var conflict = await PortalClient.ParseAsync(await second.PostFormAsync(url, stale));

        var again = await second.PostFormAsync(url, conflict.Fields());

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Цель второго, сверенная", (await PassportArrange.ProjectWithPassportAsync(portal, id)).Goal);
    }
}
