using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Tests.Domain;

/// <summary>The numbering and grouping rules the card and the printed national passport share.</summary>
public sealed class PassportTablesRulesTests
{
    private static readonly List<ProjectTask> Tasks =
    [
        new() { Id = 1, Results = [new() { Id = 11, Name = "Создан технопарк" }] },
        new() { Id = 2, Results = [new() { Id = 21, Name = "Открыты кружки" }, new() { Id = 22, Name = "Проведены смены" }] },
    ];

    [Fact]
    public void Directions_are_numbered_by_the_task_of_their_result_else_by_the_previous_one()
    {
        BudgetItem[] directions = [new(), new() { ResultId = 21 }, new(), new() { ResultId = 11 }, new() { ResultId = 22 }];

        Assert.Equal(["1.1.", "2.1.", "2.2.", "1.2.", "2.3."], DirectionNumbering.Numbers(Tasks, directions));
    }

    [Fact]
    public void A_direction_number_typed_as_on_the_paper_is_printed_as_typed()
    {
        BudgetItem[] directions = [new() { DirectionNumber = " 1.3. " }, new() { DirectionNumber = "1.4." }, new()];

        Assert.Equal(["1.3.", "1.4.", "1.3."], DirectionNumbering.Numbers(Tasks, directions));
    }

    [Fact]
    public void Participants_without_a_group_come_first_and_rows_are_numbered_across_groups()
    {
        var general = new ParticipantGroup { Id = 1, Kind = ParticipantGroupKind.General };
        var result = new ParticipantGroup { Id = 2, Kind = ParticipantGroupKind.Result, ResultId = 21 };
        var project = new Project
        {
            Level = ProjectLevel.Municipal,
            Tasks = Tasks,
            ParticipantGroups = [general, result],
            Members =
            [
                new() { Role = MemberRole.Leader },
                new() { Role = MemberRole.Participant, GroupId = 2, Person = new Person { FullName = "Ермаков Андрей Викторович" }, EmploymentText = "20%" },
                new() { Role = MemberRole.Curator, GroupId = null, RoleTitle = "Куратор" },
                new() { Role = MemberRole.Participant, GroupId = 1, NameText = "Руководители школ" },
                new() { Role = MemberRole.ResultOwner, GroupId = null, NameText = "Иванова И.И." },
            ],
        };

        var groups = ParticipantTable.Groups(project);

        Assert.Equal([null, ParticipantTable.GeneralHeading, "Открыты кружки"], groups.Select(g => g.Heading));
        Assert.Equal([["Иванова И.И."], ["Руководители школ"], ["Ермаков А.В."]], groups.Select(g => g.Rows.Select(r => r.Name).ToArray()));
        Assert.Equal([1, 2, 3], groups.SelectMany(g => g.Rows).Select(r => r.Number));
        Assert.Equal("20%", groups[2].Rows[0].Employment);
    }

    [Theory]
    [InlineData("Стратегическая цель социально-экономического развития города Омска до 2030 года", "Перечень муниципальных программ города Омска в сфере реализации проекта")]
    [InlineData("Стратегическая цель развития города Нижнего Новгорода", "Перечень муниципальных программ города Нижнего Новгорода в сфере реализации проекта")]
    [InlineData("Стратегическая цель социально-экономического развития", MunicipalCaptions.ProgrammesWithoutCity)]
    [InlineData(null, MunicipalCaptions.ProgrammesWithoutCity)]
    public void Item_15_names_the_city_of_item_5(string? cityGoalCaption, string caption) =>
        Assert.Equal(caption, MunicipalCaptions.Programmes(cityGoalCaption));
}
