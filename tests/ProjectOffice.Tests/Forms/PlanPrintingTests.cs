using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Tests.Forms;

public sealed class PlanPrintingTests
{
    [Fact]
    public void People_print_with_their_positions_joined_by_semicolons()
    {
        var text = PlanPrinting.Responsibles(
        [
            Person(1, "Шестаков Вячеслав Викторович", "директор"),
            new Responsible { SortOrder = 0, Text = "Предприятия города Омска, участвующие в реализации проекта" },
            Person(2, "Ермаков А.В.", null),
        ]);

        Assert.Equal("Предприятия города Омска, участвующие в реализации проекта; Шестаков Вячеслав Викторович, директор; Ермаков А.В.", text);
    }

    [Fact]
    public void A_name_and_position_given_at_the_place_win_over_the_persons_own()
    {
        var person = new Person { Id = 5, FullName = "Лобова Татьяна Сергеевна", Position = "методист" };
        var text = PlanPrinting.Responsibles(
            [new Responsible { PersonId = 5, Person = person, PositionText = "методист отдела дополнительного образования", SortOrder = 0 }]);

        Assert.Equal("Лобова Татьяна Сергеевна, методист отдела дополнительного образования", text);
    }

    [Fact]
    public void Organisations_alone_are_joined_by_commas()
    {
        var text = PlanPrinting.Responsibles(
            [new Responsible { SortOrder = 0, Text = "Управление образования" }, new Responsible { SortOrder = 1, Text = "МОУ ДПО ЦРО" }]);

        Assert.Equal("Управление образования, МОУ ДПО ЦРО", text);
    }

    [Fact]
    public void Printed_text_replaces_the_date_and_a_note_follows_it()
    {
        Assert.Equal(new PrintedDate("31.06.2021", null), PlanPrinting.Date(new DateOnly(2021, 6, 30), "31.06.2021", null));
        Assert.Equal(new PrintedDate("01.01.2019 (далее ежегодно)", null), PlanPrinting.Date(new DateOnly(2019, 1, 1), null, "(далее ежегодно)"));
        Assert.Equal(new PrintedDate("01.02.2020", new DateOnly(2020, 2, 1)), PlanPrinting.Date(new DateOnly(2020, 2, 1), null, null));
        Assert.Null(PlanPrinting.Date(null, null, "(далее ежегодно)"));
    }

    [Fact]
    public void The_end_column_adds_the_deadline_phrase_and_report_dates_one_per_line()
    {
        var item = new PlanItem
        {
            DeadlineText = "с 15.01.2018 по 25.03.2018",
            ReportDates = [new DateOnly(2018, 3, 25), new DateOnly(2018, 6, 25)],
        };

        Assert.Equal("с 15.01.2018 по 25.03.2018\n25.03.2018\n25.06.2018", PlanPrinting.End(item)!.Text);
        Assert.Null(PlanPrinting.End(new PlanItem()));
    }

    [Theory]
    [InlineData(ControlLevel.Curator, null, "КП")]
    [InlineData(ControlLevel.Leader, null, "РП")]
    [InlineData(ControlLevel.Administrator, null, "АП")]
    [InlineData(ControlLevel.Curator, "К", "К")]
    [InlineData(null, null, null)]
    public void Control_level_prints_its_abbreviation_or_the_papers_own_label(ControlLevel? level, string? text, string? printed) =>
        Assert.Equal(printed, PlanPrinting.ControlLevel(level, text));

    // A person named as printed at this place (no Person row loaded): what a projection of the stored row gives.
    private static Responsible Person(int sortOrder, string name, string? position) =>
        new() { PersonId = 100 + sortOrder, NameText = name, PositionText = position, SortOrder = sortOrder };
}
