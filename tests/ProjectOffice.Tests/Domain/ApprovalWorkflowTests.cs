using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Tests.Domain;

public sealed class ApprovalWorkflowTests
{
    [Theory]
    [InlineData(ProjectStatus.Draft, DecisionKind.Submitted, ProjectStatus.InAgreement)]
    [InlineData(ProjectStatus.InAgreement, DecisionKind.Agreed, ProjectStatus.InApproval)]
    [InlineData(ProjectStatus.InApproval, DecisionKind.Approved, ProjectStatus.Approved)]
    public void Each_step_moves_the_passport_one_status_on(ProjectStatus from, DecisionKind kind, ProjectStatus to) =>
        Assert.Equal(to, PassportWorkflow.Decide(from, kind, null).Next);

    [Theory]
    [InlineData(ProjectStatus.InAgreement, DecisionKind.ReturnedByOffice)]
    [InlineData(ProjectStatus.InApproval, DecisionKind.ReturnedByCurator)]
    [InlineData(ProjectStatus.Approved, DecisionKind.ChangeRequested)]
    public void Returns_and_change_requests_need_a_comment_and_lead_back_to_draft(ProjectStatus from, DecisionKind kind)
    {
        var without = PassportWorkflow.Decide(from, kind, " ");
        Assert.Null(without.Next);
        Assert.True(without.IsAboutComment);
        Assert.Equal(ProjectStatus.Draft, PassportWorkflow.Decide(from, kind, "Причина").Next);
    }

    [Fact]
    public void A_step_out_of_order_is_refused_with_the_current_status()
    {
        var outcome = PassportWorkflow.Decide(ProjectStatus.Draft, DecisionKind.Approved, null);

        Assert.Null(outcome.Next);
        Assert.Contains("«Черновик»", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_draft_passport_is_editable() =>
        Assert.Equal([ProjectStatus.Draft], Enum.GetValues<ProjectStatus>().Where(PassportWorkflow.IsPassportEditable));

    [Fact]
    public void A_stage_is_reported_closed_and_reopened_and_read_only_only_when_closed()
    {
        Assert.Equal(StageStatus.Reported, StageWorkflow.Decide(StageStatus.Open, DecisionKind.StageReported, "Сделано", true).Next);
        Assert.True(StageWorkflow.Decide(StageStatus.Open, DecisionKind.StageReported, null, true).IsAboutComment);
        Assert.Null(StageWorkflow.Decide(StageStatus.Open, DecisionKind.StageReported, "Сделано", passportApproved: false).Next);
        Assert.Equal(StageStatus.Closed, StageWorkflow.Decide(StageStatus.Reported, DecisionKind.StageClosed, null, true).Next);
        Assert.Equal(StageStatus.Open, StageWorkflow.Decide(StageStatus.Reported, DecisionKind.StageReturned, "Доделать", true).Next);
        Assert.Null(StageWorkflow.Decide(StageStatus.Open, DecisionKind.StageClosed, null, true).Next);
        Assert.Equal(StageStatus.Open, StageWorkflow.Decide(StageStatus.Closed, DecisionKind.StageReopened, "Дополнить", true).Next);
        Assert.Equal([StageStatus.Closed], Enum.GetValues<StageStatus>().Where(StageWorkflow.IsReadOnly));
    }

    [Theory]
    [InlineData("Романькова Наталья Владимировна", "Н.В. Романькова")]
    [InlineData("Шестаков Вячеслав Викторович", "В.В. Шестаков")]
    [InlineData("Кузюкова И.А.", "И.А. Кузюкова")]
    [InlineData("Администратор", "Администратор")]
    public void Signature_blocks_print_initials_before_the_surname(string fullName, string printed) =>
        Assert.Equal(printed, SignatureText.Name(fullName));

    [Fact]
    public void Signature_dates_print_the_month_in_the_genitive() =>
        Assert.Equal("«05» января 2026 года", SignatureText.Date(new DateOnly(2026, 1, 5)));

    [Fact]
    public void Workflow_permissions_follow_the_roles()
    {
        Assert.True(RolePermissions.Grants([Roles.Office], Permissions.AgreePassport));
        Assert.True(RolePermissions.Grants([Roles.Curator], Permissions.ApprovePassport));
        Assert.True(RolePermissions.Grants([Roles.Curator], Permissions.CloseStage));
        Assert.False(RolePermissions.Grants([Roles.Office], Permissions.ApprovePassport));
        Assert.False(RolePermissions.Grants([Roles.Admin], Permissions.ApprovePassport));
        Assert.False(RolePermissions.Grants([Roles.Leader], Permissions.SubmitPassport));
        Assert.True(RolePermissions.GrantsInProject([MemberRole.Leader], Permissions.SubmitPassport));
        Assert.True(RolePermissions.GrantsInProject([MemberRole.Administrator], Permissions.RequestChange));
        Assert.True(RolePermissions.GrantsInProject([MemberRole.Curator], Permissions.ApprovePassport));
        Assert.False(RolePermissions.GrantsInProject([MemberRole.DeputyLeader, MemberRole.Executor], Permissions.SubmitPassport));
    }
}
