using ProjectOffice.Domain.Plans;
using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Tests.Forms;

public sealed class PlanItemNumbersTests
{
    [Fact]
    public void Municipal_events_are_numbered_across_stages()
    {
        var items = new List<PlanItem>
        {
            Item(1, null, PlanItemKind.Stage, 0),
            Item(2, 1, PlanItemKind.Event, 0),
            Item(3, 1, PlanItemKind.Event, 1),
            Item(4, null, PlanItemKind.Stage, 1),
            Item(5, 4, PlanItemKind.Event, 0),
        };

        var numbers = PlanItemNumbers.Number(items);

        Assert.Equal(["1 этап.", "1.", "2.", "2 этап.", "3."], items.Select(i => numbers[i.Id]));
    }

    [Fact]
    public void National_events_take_the_number_of_the_control_point_that_follows_them()
    {
        // Task 1: result 1 with five events closed by a control point, then result 2 with two points.
        var items = new List<PlanItem> { Item(1, null, PlanItemKind.Task, 0), Item(10, 1, PlanItemKind.Result, 0) };
        items.AddRange(Enumerable.Range(0, 5).Select(i => Item(100 + i, 10, PlanItemKind.Event, i)));
        items.Add(Item(110, 10, PlanItemKind.ControlPoint, 5));
        items.Add(Item(20, 1, PlanItemKind.Result, 1));
        items.Add(Item(200, 20, PlanItemKind.Event, 0));
        items.Add(Item(201, 20, PlanItemKind.ControlPoint, 1));
        items.Add(Item(202, 20, PlanItemKind.Event, 2));
        items.Add(Item(203, 20, PlanItemKind.Event, 3));
        items.Add(Item(204, 20, PlanItemKind.ControlPoint, 4));

        var numbers = PlanItemNumbers.Number(items);

        Assert.Equal("Задача 1", numbers[1]);
        Assert.Equal("1.", numbers[10]);
        Assert.Equal(["1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5"], Enumerable.Range(100, 5).Select(id => numbers[id]));
        Assert.Equal("1.1", numbers[110]);
        Assert.Equal("2.", numbers[20]);
        Assert.Equal(["2.1.1", "2.1", "2.2.1", "2.2.2", "2.2"], Enumerable.Range(200, 5).Select(id => numbers[id]));
    }

    [Fact]
    public void Numbers_follow_sort_order_not_the_order_items_were_read_in()
    {
        var items = new List<PlanItem>
        {
            Item(3, null, PlanItemKind.Event, 2),
            Item(1, null, PlanItemKind.Event, 0),
            Item(2, null, PlanItemKind.Event, 1),
            Item(4, 2, PlanItemKind.Event, 0),
        };

        var numbers = PlanItemNumbers.Number(items);

        Assert.Equal("1.", numbers[1]);
        Assert.Equal("2.", numbers[2]);
        Assert.Equal("2.1", numbers[4]);
        Assert.Equal("3.", numbers[3]);
    }

    private static PlanItem Item(int id, int? parentId, PlanItemKind kind, int sortOrder) =>
        new() { Id = id, ParentId = parentId, Kind = kind, SortOrder = sortOrder };
}
