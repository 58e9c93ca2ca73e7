using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Tests.Domain;

public sealed class StageRulesTests
{
    private static readonly DateOnly PeriodStart = new(2020, 2, 1);
    private static readonly DateOnly PeriodEnd = new(2021, 12, 31);

    [Fact]
    public void A_stage_inside_the_period_is_fine_including_its_edges() =>
        Assert.Null(StageRules.OutsidePeriod(PeriodStart, PeriodEnd, PeriodStart, PeriodEnd));

    [Theory]
    [InlineData("2020-01-31", "2020-08-31")]
    [InlineData("2021-09-01", "2022-01-01")]
    public void A_stage_leaving_the_period_gets_a_message_naming_the_period(string start, string end)
    {
        var message = StageRules.OutsidePeriod(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), PeriodStart, PeriodEnd);

        Assert.Equal("Этап должен лежать в сроках проекта: 01.02.2020 – 31.12.2021.", message);
    }

    [Fact]
    public void A_shorter_period_names_the_first_stage_it_would_leave_outside()
    {
        Stage[] stages =
        [
            new() { Name = "Анализ", StartDate = new DateOnly(2021, 9, 1), EndDate = new DateOnly(2021, 12, 31), SortOrder = 2 },
            new() { Name = "Подготовительный", StartDate = new DateOnly(2020, 2, 1), EndDate = new DateOnly(2020, 8, 31), SortOrder = 0 },
            new() { Name = "Основной", StartDate = new DateOnly(2020, 9, 1), EndDate = new DateOnly(2021, 8, 31), SortOrder = 1 },
        ];

        var outside = StageRules.FirstOutside(stages, PeriodStart, new DateOnly(2021, 6, 30));

        Assert.Equal("Основной", outside?.Name);
        Assert.StartsWith("Этап «Основной» (01.09.2020 – 31.08.2021)", StageRules.PeriodLeavesStageOutside(outside!), StringComparison.Ordinal);
        Assert.Null(StageRules.FirstOutside(stages, PeriodStart, PeriodEnd));
    }
}
