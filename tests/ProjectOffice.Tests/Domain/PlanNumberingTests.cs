using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Tests.Domain;

public sealed class PlanNumberingTests
{
    // Seed 001, Annex 1: the children of each result, E = event, C = control point (item 5.1.3 is a control point).
    private static readonly string[] NationalSeedShape =
    [
        "EEEEEC", "EEEC", "EEEEEC", "EEC", "EEC", "EEC", "EEC", "C", "EEC", "C", "EEC", "C", "C", "EEC", "C", "C", "C", "C", "C",
        "EC", "C", "C", "C", "EEEC", "EC", "C", "EEEEEEEEEEEC",
    ];

    [Fact]
    public void National_plan_numbers_results_across_the_plan_and_events_by_the_control_point_that_follows()
    {
        var nodes = new List<PlanNode> { new(1, null, PlanItemKind.Task, 0) };
        var id = 1;
        foreach (var (shape, r) in NationalSeedShape.Select((s, i) => (s, i)))
        {
            var result = ++id;
            nodes.Add(new PlanNode(result, 1, PlanItemKind.Result, r));
            nodes.AddRange(shape.Select((c, k) => new PlanNode(++id, result, c == 'C' ? PlanItemKind.ControlPoint : PlanItemKind.Event, k)));
        }

        var numbers = PlanNumbering.Number(nodes);

        var printed = nodes.Select(n => numbers[n.Id]).ToList();
        Assert.Equal(["Задача 1", "1.", "1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.1", "2.", "2.1.1", "2.1.2", "2.1.3", "2.1"], printed.Take(13));
        Assert.Equal(["5.", "5.1.1", "5.1.2", "5.1"], printed.SkipWhile(n => n != "5.").Take(4));
        Assert.Equal(["8.", "8.1", "9."], printed.SkipWhile(n => n != "8.").Take(3));
        Assert.Equal(["27.1.10", "27.1.11", "27.1"], printed.TakeLast(3));
    }

    [Fact]
    public void Events_after_a_control_point_count_towards_the_next_one()
    {
        PlanNode[] nodes =
        [
            new(1, null, PlanItemKind.Task, 0), new(2, 1, PlanItemKind.Result, 0),
            new(3, 2, PlanItemKind.Event, 0), new(4, 2, PlanItemKind.ControlPoint, 1),
            new(5, 2, PlanItemKind.Event, 2), new(6, 2, PlanItemKind.Event, 3), new(7, 2, PlanItemKind.ControlPoint, 4),
        ];

        var numbers = PlanNumbering.Number(nodes);

        Assert.Equal(["1.1.1", "1.1", "1.2.1", "1.2.2", "1.2"], nodes.Skip(2).Select(n => numbers[n.Id]));
    }

    [Fact]
    public void Municipal_plan_numbers_events_across_stages_and_stages_as_N_etap()
    {
        PlanNode[] nodes =
        [
            new(10, null, PlanItemKind.Stage, 0), new(11, 10, PlanItemKind.Event, 0), new(12, 10, PlanItemKind.Event, 1),
            new(20, null, PlanItemKind.Stage, 1), new(21, 20, PlanItemKind.Event, 0), new(22, 21, PlanItemKind.Event, 0),
        ];

        var numbers = PlanNumbering.Number(nodes);

        Assert.Equal(["1 этап.", "1.", "2.", "2 этап.", "3.", "3.1"], nodes.Select(n => numbers[n.Id]));
    }

    [Fact]
    public void Section_headings_number_like_events_and_the_rows_under_them_add_a_part()
    {
        PlanNode[] nodes =
        [
            new(1, null, PlanItemKind.Heading, 0), new(11, 1, PlanItemKind.Event, 0), new(12, 1, PlanItemKind.Event, 1),
            new(2, null, PlanItemKind.Heading, 1), new(21, 2, PlanItemKind.Heading, 0), new(22, 21, PlanItemKind.Event, 0),
            new(3, null, PlanItemKind.Stage, 2), new(31, 3, PlanItemKind.Event, 0),
        ];

        var numbers = PlanNumbering.Number(nodes);

        Assert.Equal(["1.", "1.1", "1.2", "2.", "2.1", "2.1.1", "1 этап.", "3."], nodes.Select(n => numbers[n.Id]));
    }

    [Fact]
    public void A_row_with_its_own_number_or_none_takes_no_derived_number()
    {
        PlanNode[] nodes =
        [
            new(1, null, PlanItemKind.Heading, 0, ""), new(11, 1, PlanItemKind.Event, 0), new(12, 1, PlanItemKind.Event, 1, "1.1а"),
            new(13, 1, PlanItemKind.Event, 2), new(14, 1, PlanItemKind.Event, 3, ""),
            new(2, null, PlanItemKind.Heading, 1, "II."), new(21, 2, PlanItemKind.Event, 0),
            new(3, null, PlanItemKind.Heading, 2),
        ];

        var numbers = PlanNumbering.Number(nodes);

        // The unnumbered section still lends its rows the number it would have had; «II.» lends its own.
        Assert.Equal(["", "1.1", "1.1а", "1.2", "", "II.", "II.1", "1."], nodes.Select(n => numbers[n.Id]));
    }

    [Fact]
    public void A_section_heading_reads_with_its_number_and_the_dates_the_paper_gives()
    {
        Assert.Equal("1. Организационные мероприятия", SectionHeading.Title("1.", "Организационные мероприятия", null, null, null));
        Assert.Equal("2. Ремонт (01.02.2020 – 31.08.2020)", SectionHeading.Title("2.", "Ремонт", new(2020, 2, 1), new(2020, 8, 31), null));
        Assert.Equal("Ремонт (до 31.08.2020)", SectionHeading.Title("", "Ремонт", null, new(2020, 8, 31), null));
        Assert.Equal("3. Отчёты (ежегодно)", SectionHeading.Title("3.", "Отчёты", null, null, "ежегодно"));
    }

    [Fact]
    public void Numbers_follow_sort_order_not_the_order_rows_arrive_in()
    {
        PlanNode[] nodes =
        [
            new(1, null, PlanItemKind.Stage, 0), new(3, 1, PlanItemKind.Event, 1), new(2, 1, PlanItemKind.Event, 0),
        ];

        var numbers = PlanNumbering.Number(nodes);

        Assert.Equal("1.", numbers[2]);
        Assert.Equal("2.", numbers[3]);
    }
}
