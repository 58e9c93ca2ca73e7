using ProjectOffice.Domain.Approval;

namespace ProjectOffice.Tests.Domain;

public sealed class StageLockRulesTests
{
    // Stage 10 (node 1) holds events 2 and 3, and 4 under 3; stage 20 (node 5) holds event 6; 7 is at the top without a stage.
    private static readonly (int Id, int? ParentId, int? StageId)[] Plan =
        [(1, null, 10), (2, 1, null), (3, 1, null), (4, 3, null), (5, null, 20), (6, 5, null), (7, null, null)];

    [Fact]
    public void A_closed_stage_locks_its_node_and_everything_under_it() =>
        Assert.Equal([1, 2, 3, 4], StageLockRules.LockedItems(Plan, new HashSet<int> { 10 }).Order());

    [Fact]
    public void Nothing_is_locked_while_every_stage_is_open() =>
        Assert.Empty(StageLockRules.LockedItems(Plan, new HashSet<int>()));
}
