using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Tests.Domain;

public sealed class PlanTreeTests
{
    [Fact]
    public void Added_item_goes_last_under_its_parent()
    {
        var (tree, stage1, _) = MunicipalPlan();

        var error = tree.Add(new PlanItem { Id = 100, Kind = PlanItemKind.Event, Name = "Новое" }, stage1);

        Assert.Null(error);
        Assert.Equal(["a", "b", "c", "Новое"], tree.ChildrenOf(stage1).Select(i => i.Name));
        Assert.Equal([0, 1, 2, 3], tree.ChildrenOf(stage1).Select(i => i.SortOrder));
    }

    [Fact]
    public void Item_of_the_wrong_kind_is_refused_with_a_message()
    {
        var (tree, stage1, _) = MunicipalPlan();

        var underStage = tree.Add(new PlanItem { Kind = PlanItemKind.Result, Name = "Результат" }, stage1);
        var onTop = tree.Add(new PlanItem { Kind = PlanItemKind.Event, Name = "Мероприятие" }, null);

        Assert.Equal("«Результат» не может входить в «Этап».", underStage);
        Assert.Equal("«Мероприятие» не может быть пунктом верхнего уровня плана.", onTop);
        Assert.Equal(3, tree.ChildrenOf(stage1).Count);
    }

    [Fact]
    public void Moving_up_and_down_swaps_neighbours_and_stops_at_the_ends()
    {
        var (tree, stage1, _) = MunicipalPlan();
        var c = tree.ChildrenOf(stage1)[2];

        Assert.True(tree.MoveUp(c));
        Assert.Equal(["a", "c", "b"], tree.ChildrenOf(stage1).Select(i => i.Name));
        Assert.True(tree.MoveUp(c));
        Assert.False(tree.MoveUp(c));
        Assert.True(tree.MoveDown(tree.ChildrenOf(stage1)[1]));
        Assert.Equal(["c", "b", "a"], tree.ChildrenOf(stage1).Select(i => i.Name));
        Assert.False(tree.MoveDown(tree.ChildrenOf(stage1)[2]));
        Assert.Equal([0, 1, 2], tree.ChildrenOf(stage1).Select(i => i.SortOrder));
    }

    [Fact]
    public void Moving_to_another_stage_appends_there_and_closes_the_gap()
    {
        var (tree, stage1, stage2) = MunicipalPlan();
        var b = tree.ChildrenOf(stage1)[1];

        var error = tree.MoveTo(b, stage2);

        Assert.Null(error);
        Assert.Equal(["a", "c"], tree.ChildrenOf(stage1).Select(i => i.Name));
        Assert.Equal([0, 1], tree.ChildrenOf(stage1).Select(i => i.SortOrder));
        Assert.Equal(["d", "b"], tree.ChildrenOf(stage2).Select(i => i.Name));
        Assert.Equal([0, 1], tree.ChildrenOf(stage2).Select(i => i.SortOrder));
        var numbers = PlanNumbering.Number(tree.Items);
        Assert.Equal("4.", numbers[b.Id]);
    }

    [Fact]
    public void Moving_into_its_own_subtree_or_under_the_wrong_kind_is_refused()
    {
        var (tree, stage1, stage2) = MunicipalPlan();
        var a = tree.ChildrenOf(stage1)[0];
        var sub = new PlanItem { Id = 50, Kind = PlanItemKind.Event, Name = "a.1" };
        tree.Add(sub, a);

        Assert.Equal("Нельзя перенести пункт внутрь него самого.", tree.MoveTo(a, sub));
        Assert.NotNull(tree.MoveTo(stage2, stage1));
        Assert.Equal(a.Id, sub.ParentId);
        Assert.DoesNotContain(tree.PlacesFor(a), p => p?.Id == sub.Id);
        Assert.Contains(tree.PlacesFor(a), p => p?.Id == stage2.Id);
    }

    [Fact]
    public void Removing_an_item_takes_its_children_and_renumbers_the_rest()
    {
        var (tree, stage1, _) = MunicipalPlan();
        var b = tree.ChildrenOf(stage1)[1];
        var sub = new PlanItem { Id = 60, Kind = PlanItemKind.Event, Name = "b.1" };
        tree.Add(sub, b);

        var removed = tree.Remove(b);

        Assert.Equal([b.Id, sub.Id], removed.Select(i => i.Id));
        Assert.Equal(["a", "c"], tree.ChildrenOf(stage1).Select(i => i.Name));
        Assert.Equal([0, 1], tree.ChildrenOf(stage1).Select(i => i.SortOrder));
        Assert.DoesNotContain(tree.Items, i => i.Id == sub.Id);
    }

    [Fact]
    public void National_results_hold_events_and_control_points_only()
    {
        var task = new PlanItem { Id = 1, Kind = PlanItemKind.Task };
        var tree = new PlanTree(ProjectLayout.National, [task]);
        var result = new PlanItem { Id = 2, Kind = PlanItemKind.Result, Name = "Результат" };

        Assert.Null(tree.Add(result, task));
        Assert.Null(tree.Add(new PlanItem { Id = 3, Kind = PlanItemKind.Event, Name = "М" }, result));
        Assert.Null(tree.Add(new PlanItem { Id = 4, Kind = PlanItemKind.ControlPoint, Name = "КТ" }, result));
        Assert.NotNull(tree.Add(new PlanItem { Id = 5, Kind = PlanItemKind.Stage }, result));
        Assert.NotNull(tree.Add(new PlanItem { Id = 6, Kind = PlanItemKind.Event, Name = "М" }, task));
    }

    [Fact]
    public void Section_headings_group_rows_at_any_level_without_a_stage()
    {
        var tree = new PlanTree(ProjectLayout.Municipal, []);
        var section = new PlanItem { Id = 1, Kind = PlanItemKind.Heading, Name = "Организационные мероприятия" };
        var subsection = new PlanItem { Id = 2, Kind = PlanItemKind.Heading, Name = "Совещания" };
        var ev = new PlanItem { Id = 3, Kind = PlanItemKind.Event, Name = "Совещание" };

        Assert.Null(tree.Add(section, null));
        Assert.Null(tree.Add(subsection, section));
        Assert.Null(tree.Add(ev, subsection));
        Assert.Null(tree.Add(new PlanItem { Id = 4, Kind = PlanItemKind.Event, Name = "Приказ" }, section));
        // A heading is not a stage: no stage inside it, and it holds no work of another layout.
        Assert.NotNull(tree.Add(new PlanItem { Id = 5, Kind = PlanItemKind.Stage }, section));
        Assert.NotNull(tree.Add(new PlanItem { Id = 6, Kind = PlanItemKind.Result, Name = "Р" }, section));
        Assert.NotNull(tree.Add(new PlanItem { Id = 7, Kind = PlanItemKind.Heading, Name = "Н" }, ev));
        Assert.True(PlanShape.IsGroup(PlanItemKind.Heading) && PlanShape.HasOwnName(PlanItemKind.Heading));

        var national = new PlanTree(ProjectLayout.National, []);
        var nationalSection = new PlanItem { Id = 10, Kind = PlanItemKind.Heading, Name = "Раздел" };
        Assert.Null(national.Add(nationalSection, null));
        Assert.Null(national.Add(new PlanItem { Id = 11, Kind = PlanItemKind.Result, Name = "Результат" }, nationalSection));
        Assert.NotNull(national.Add(new PlanItem { Id = 12, Kind = PlanItemKind.Event, Name = "М" }, nationalSection));
    }

    private static (PlanTree Tree, PlanItem Stage1, PlanItem Stage2) MunicipalPlan()
    {
        var stage1 = new PlanItem { Id = 1, Kind = PlanItemKind.Stage, SortOrder = 0 };
        var stage2 = new PlanItem { Id = 2, Kind = PlanItemKind.Stage, SortOrder = 1 };
        PlanItem[] items =
        [
            stage1, stage2,
            new() { Id = 11, ParentId = 1, Kind = PlanItemKind.Event, SortOrder = 0, Name = "a" },
            new() { Id = 12, ParentId = 1, Kind = PlanItemKind.Event, SortOrder = 1, Name = "b" },
            new() { Id = 13, ParentId = 1, Kind = PlanItemKind.Event, SortOrder = 2, Name = "c" },
            new() { Id = 21, ParentId = 2, Kind = PlanItemKind.Event, SortOrder = 0, Name = "d" },
        ];
        return (new PlanTree(ProjectLayout.Municipal, items), stage1, stage2);
    }
}
