using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Practices;

namespace ProjectOffice.Tests.Domain;

public sealed class PracticeRulesTests
{
    [Theory]
    [InlineData("29 310,220", 29310.220)]
    [InlineData("29\u00a0310,220", 29310.220)]
    [InlineData("946,564", 946.564)]
    [InlineData("1094.704", 1094.704)]
    [InlineData("0", 0)]
    public void Amounts_are_read_the_russian_way(string typed, double expected) =>
        Assert.Equal((decimal)expected, ThousandRubles.Parse(typed));

    [Theory]
    [InlineData("12,3456")]
    [InlineData("-5")]
    [InlineData("двенадцать")]
    [InlineData("1 2345,5")]
    public void Not_an_amount_of_thousand_rubles_is_refused(string typed)
    {
        Assert.Null(ThousandRubles.Parse(typed));
        Assert.Equal(ThousandRubles.FormatMessage, PracticeRules.CheckAmount(typed));
    }

    [Fact]
    public void The_cost_total_of_seed_002_is_the_sum_of_its_items_with_three_decimals()
    {
        decimal[] amounts = [29310.220m, 45979.165m, 1094.704m, 946.564m, 3993.261m];
        var costs = amounts.Select(a => new PracticeCost { Amount = a });

        Assert.Equal("81\u00a0323,914", ThousandRubles.Format(ThousandRubles.Total(costs)));
    }

    [Fact]
    public void A_draft_without_a_description_is_not_published()
    {
        var practice = new Practice { Name = "Практика", Territory = "Обнинск", PeriodText = "2020", GoalsAndTasks = "Цель." };

        var error = practice.Publish(DateTimeOffset.UnixEpoch);

        Assert.Equal("Перед публикацией заполните разделы: 14. Краткое описание практики..", error);
        Assert.Equal(PracticeStatus.Draft, practice.Status);
    }

    [Fact]
    public void Publishing_sets_the_date_and_returning_to_draft_clears_it()
    {
        var practice = new Practice { Name = "Практика", Territory = "Обнинск", PeriodText = "2020", GoalsAndTasks = "Цель.", Description = "Описание." };

        Assert.Null(practice.Publish(DateTimeOffset.UnixEpoch));
        Assert.Equal(DateTimeOffset.UnixEpoch, practice.PublishedAt);
        Assert.NotNull(practice.Publish(DateTimeOffset.UnixEpoch));
        Assert.Null(practice.ReturnToDraft());
        Assert.Null(practice.PublishedAt);
        Assert.Equal(PracticeStatus.Draft, practice.Status);
    }

    [Theory]
    [InlineData(2020, 2025, null)]
    [InlineData(2020, null, null)]
    [InlineData(1800, null, "Год начала — число от 1990 до 2100.")]
    [InlineData(2021, 2019, "Год окончания — не раньше года начала и не позже 2100.")]
    public void Years_make_a_period(int start, int? end, string? expected) =>
        Assert.Equal(expected, PracticeRules.CheckYears(start, end));

    [Fact]
    public void A_practice_runs_in_every_year_of_its_period()
    {
        var practice = new Practice { StartYear = 2020, EndYear = 2025 };

        int[] years = [2019, 2020, 2025, 2026];

        Assert.Equal([false, true, true, false], years.Select(practice.RanIn));
    }

    [Fact]
    public void Typed_text_loses_carriage_returns_and_trailing_spaces_but_keeps_its_lines()
    {
        Assert.Equal("Первая строка\nвторая\n\nтретья", PracticeRules.NormaliseText("  Первая строка  \r\nвторая \r\n\r\nтретья\r\n\r\n"));
        Assert.Null(PracticeRules.NormaliseText(" \r\n "));
    }

    [Fact]
    public void A_list_typed_right_under_its_lead_in_line_becomes_a_list()
    {
        Assert.Equal("Задачи:\n\n- первая;\n- вторая.\n\nИтог.", PracticeRules.CanonicalRichText("Задачи:\r\n- первая;\r\n- вторая.\r\nИтог."));
        Assert.Equal("Абзац\nс переносом строки.", PracticeRules.CanonicalRichText("Абзац\nс переносом строки."));
    }

    [Fact]
    public void Only_the_office_and_the_administrator_publish_and_edit_any_practice()
    {
        foreach (var role in Roles.All)
        {
            var office = role is Roles.Office or Roles.Admin;
            Assert.Equal(office, RolePermissions.Grants([role], Permissions.PublishPractice));
            Assert.Equal(office, RolePermissions.Grants([role], Permissions.EditPractice));
        }

        Assert.True(RolePermissions.Grants([Roles.Leader], Permissions.CreatePractice));
        Assert.False(RolePermissions.Grants([Roles.Methodist], Permissions.CreatePractice));
    }

    [Fact]
    public void Section_headings_are_numbered_as_printed()
    {
        Assert.Equal("1. Наименование практики", PracticeSections.Heading(1));
        Assert.Equal("23. Список контактов, ответственных за реализацию практики", PracticeSections.Heading(23));
    }
}
