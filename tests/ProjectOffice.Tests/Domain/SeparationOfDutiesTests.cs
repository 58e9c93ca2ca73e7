using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Tests.Domain;

public sealed class SeparationOfDutiesTests
{
    private static readonly Party Leader = new("u-leader", 1);
    private static readonly Party Office = new("u-office", 2);
    private static readonly Party Curator = new("u-curator", 3);

    [Fact]
    public void The_same_person_is_recognised_by_account_or_by_person()
    {
        Assert.True(new Party("a", null).IsSameAs(new Party("a", 7)));
        Assert.True(new Party("a", 7).IsSameAs(new Party("b", 7)));
        Assert.False(new Party("a", 7).IsSameAs(new Party("b", 8)));
        Assert.False(new Party(null, null).IsSameAs(new Party(null, null)));
        Assert.False(Leader.IsSameAs(null));
    }

    [Fact]
    public void Three_different_people_submit_agree_and_approve()
    {
        Assert.Null(SeparationOfDuties.PassportStep(DecisionKind.Agreed, Office, Leader, null, []));
        Assert.Null(SeparationOfDuties.PassportStep(DecisionKind.Approved, Curator, Leader, Office, [MemberRole.Curator]));
    }

    [Fact]
    public void Nobody_agrees_what_they_submitted() =>
        Assert.Equal(SeparationOfDuties.AgreeOwnSubmission, SeparationOfDuties.PassportStep(DecisionKind.Agreed, Office, Office, null, [MemberRole.Leader]));

    [Fact]
    public void Nobody_approves_what_they_submitted_or_agreed()
    {
        Assert.Equal(SeparationOfDuties.ApproveOwnSubmission, SeparationOfDuties.PassportStep(DecisionKind.Approved, Leader, Leader, Office, []));
        Assert.Equal(SeparationOfDuties.ApproveOwnAgreement, SeparationOfDuties.PassportStep(DecisionKind.Approved, Office, Leader, Office, []));
        // The same person under another account is still the same person.
        Assert.Equal(SeparationOfDuties.ApproveOwnAgreement,
            SeparationOfDuties.PassportStep(DecisionKind.Approved, new Party("second-account", Office.PersonId), Leader, Office, []));
    }

    [Theory]
    [InlineData(MemberRole.Leader)]
    [InlineData(MemberRole.Administrator)]
    public void A_curator_who_edits_the_project_does_not_approve_it(MemberRole editorRole) =>
        Assert.Equal(SeparationOfDuties.ApproveAsEditor,
            SeparationOfDuties.PassportStep(DecisionKind.Approved, Curator, Leader, Office, [MemberRole.Curator, editorRole]));

    [Theory]
    [InlineData(DecisionKind.Submitted)]
    [InlineData(DecisionKind.ReturnedByOffice)]
    [InlineData(DecisionKind.ReturnedByCurator)]
    [InlineData(DecisionKind.ChangeRequested)]
    public void Steps_that_sign_nothing_are_not_limited(DecisionKind kind) =>
        Assert.Null(SeparationOfDuties.PassportStep(kind, Leader, Leader, Leader, [MemberRole.Leader, MemberRole.Curator]));

    [Theory]
    [InlineData(DecisionKind.StageClosed)]
    [InlineData(DecisionKind.StageReturned)]
    public void A_stage_is_closed_or_returned_by_a_curator_who_did_not_report_it_and_does_not_edit_the_project(DecisionKind kind)
    {
        Assert.Null(SeparationOfDuties.StageStep(kind, Curator, Leader, [MemberRole.Curator]));
        Assert.Equal(SeparationOfDuties.StageOwnReport, SeparationOfDuties.StageStep(kind, Leader, Leader, [MemberRole.Curator]));
        Assert.Equal(SeparationOfDuties.StageAsEditor, SeparationOfDuties.StageStep(kind, Curator, Leader, [MemberRole.Curator, MemberRole.Administrator]));
    }

    [Fact]
    public void Reporting_and_reopening_a_stage_are_not_limited()
    {
        Assert.Null(SeparationOfDuties.StageStep(DecisionKind.StageReported, Leader, Leader, [MemberRole.Leader]));
        Assert.Null(SeparationOfDuties.StageStep(DecisionKind.StageReopened, Curator, Curator, [MemberRole.Curator]));
    }

    [Fact]
    public void Project_editors_may_not_add_change_or_remove_a_curator()
    {
        CuratorKey[] stored = [CuratorKey.Of(3, null)];
        Assert.Equal(SeparationOfDuties.CuratorByOfficeOnly, SeparationOfDuties.CuratorChange(stored, [CuratorKey.Of(1, null)], mayAssignCurator: false));
        Assert.Equal(SeparationOfDuties.CuratorByOfficeOnly, SeparationOfDuties.CuratorChange(stored, [], mayAssignCurator: false));
        Assert.Equal(SeparationOfDuties.CuratorByOfficeOnly, SeparationOfDuties.CuratorChange([], [CuratorKey.Of(null, "Иванов И.И.")], mayAssignCurator: false));
        Assert.Equal(SeparationOfDuties.CuratorByOfficeOnly,
            SeparationOfDuties.CuratorChange(stored, [CuratorKey.Of(3, null), CuratorKey.Of(1, null)], mayAssignCurator: false));
    }

    [Fact]
    public void Saving_the_team_with_the_same_curators_is_no_change()
    {
        Assert.Null(SeparationOfDuties.CuratorChange([CuratorKey.Of(3, "printed"), CuratorKey.Of(null, "Петров П.П.")],
            [CuratorKey.Of(null, " петров п.п. "), CuratorKey.Of(3, null)], mayAssignCurator: false));
    }

    [Fact]
    public void The_office_and_the_administrator_assign_curators() =>
        Assert.Null(SeparationOfDuties.CuratorChange([CuratorKey.Of(3, null)], [CuratorKey.Of(1, null)], mayAssignCurator: true));

    [Fact]
    public void Only_the_office_and_the_administrator_may_assign_curators()
    {
        foreach (var role in ProjectOffice.Domain.Access.Roles.All)
        {
            Assert.Equal(role is ProjectOffice.Domain.Access.Roles.Office or ProjectOffice.Domain.Access.Roles.Admin,
                ProjectOffice.Domain.Access.RolePermissions.Grants([role], ProjectOffice.Domain.Access.Permissions.AssignCurator));
        }

        Assert.DoesNotContain(Enum.GetValues<MemberRole>(),
            r => ProjectOffice.Domain.Access.RolePermissions.GrantsInProject([r], ProjectOffice.Domain.Access.Permissions.AssignCurator));
    }

    [Fact]
    public void A_curator_who_is_also_leader_or_project_administrator_is_a_conflict()
    {
        Assert.True(SeparationOfDuties.IsConflict([MemberRole.Curator, MemberRole.Leader]));
        Assert.True(SeparationOfDuties.IsConflict([MemberRole.Administrator, MemberRole.Curator]));
        Assert.False(SeparationOfDuties.IsConflict([MemberRole.Curator, MemberRole.Executor]));
        Assert.False(SeparationOfDuties.IsConflict([MemberRole.Leader, MemberRole.Administrator]));
    }
}
