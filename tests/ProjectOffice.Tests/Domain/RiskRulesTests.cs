using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Tests.Domain;

public sealed class RiskRulesTests
{
    [Theory]
    [InlineData(1, 1, RiskLevel.Low)]
    [InlineData(2, 2, RiskLevel.Low)]     // 4: the last low score
    [InlineData(1, 5, RiskLevel.Medium)]  // 5: the first medium score
    [InlineData(3, 3, RiskLevel.Medium)]  // 9: the last medium score
    [InlineData(2, 5, RiskLevel.High)]    // 10: the first high score
    [InlineData(3, 5, RiskLevel.High)]    // 15: the last high score
    [InlineData(4, 4, RiskLevel.Critical)] // 16: the first critical score
    [InlineData(5, 5, RiskLevel.Critical)]
    public void Default_matrix_levels_on_the_band_boundaries(int probability, int impact, RiskLevel level) =>
        Assert.Equal(level, RiskMatrix.Default.Level(probability, impact));

    [Fact]
    public void Configured_thresholds_move_the_boundaries()
    {
        var strict = new RiskMatrix { MediumFrom = 3, HighFrom = 6, CriticalFrom = 12 };

        Assert.Equal(RiskLevel.Low, strict.Level(2));
        Assert.Equal(RiskLevel.Medium, strict.Level(3));
        Assert.Equal(RiskLevel.High, strict.Level(6));
        Assert.Equal(RiskLevel.Critical, strict.Level(12));
        Assert.Null(strict.Problem());
        Assert.NotNull(new RiskMatrix { MediumFrom = 10, HighFrom = 5 }.Problem());
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Marks_outside_the_scale_are_refused_in_russian(int mark, bool accepted)
    {
        var error = RiskRules.MarkError(mark, RiskMatrix.Default, "Вероятность");

        Assert.Equal(accepted, error is null);
        if (!accepted)
        {
            Assert.Equal("Вероятность: оценка от 1 до 5.", error);
        }
    }

    [Fact]
    public void Review_date_must_fall_within_the_project_period()
    {
        var period = new DateRange(new DateOnly(2020, 2, 1), new DateOnly(2021, 12, 31));

        Assert.Null(RiskRules.ReviewDateError(new DateOnly(2020, 2, 1), period));
        Assert.Null(RiskRules.ReviewDateError(new DateOnly(2021, 12, 31), period));
        Assert.Null(RiskRules.ReviewDateError(null, period));
        Assert.Equal(
            "Дата пересмотра должна быть в сроке проекта: с 01.02.2020 по 31.12.2021.",
            RiskRules.ReviewDateError(new DateOnly(2022, 1, 1), period));
        Assert.NotNull(RiskRules.ReviewDateError(new DateOnly(2020, 1, 31), period));
    }

    [Fact]
    public void Owner_must_be_on_the_team() =>
        Assert.Equal(
            ["Владелец риска должен быть участником команды проекта."],
            new[] { RiskRules.OwnerError(7, new HashSet<int> { 1, 2 }, "Владелец риска"), RiskRules.OwnerError(2, new HashSet<int> { 1, 2 }, "Владелец риска") }.OfType<string>());

    [Fact]
    public void Status_moves_as_the_register_allows()
    {
        Assert.True(RiskRules.CanMove(RiskStatus.Open, RiskStatus.Monitoring));
        Assert.True(RiskRules.CanMove(RiskStatus.Monitoring, RiskStatus.Occurred));
        Assert.True(RiskRules.CanMove(RiskStatus.Occurred, RiskStatus.Closed));
        Assert.True(RiskRules.CanMove(RiskStatus.Closed, RiskStatus.Open));
        Assert.False(RiskRules.CanMove(RiskStatus.Occurred, RiskStatus.Open));
        Assert.False(RiskRules.CanMove(RiskStatus.Closed, RiskStatus.Occurred));
        Assert.False(RiskRules.CanMove(RiskStatus.Open, RiskStatus.Open));
    }

    [Fact]
    public void A_problem_is_late_the_day_after_its_deadline_while_open()
    {
        var due = new DateOnly(2021, 3, 1);

        Assert.False(RiskRules.IsLate(ProblemStatus.Open, due, due));
        Assert.True(RiskRules.IsLate(ProblemStatus.Open, due, due.AddDays(1)));
        Assert.False(RiskRules.IsLate(ProblemStatus.Resolved, due, due.AddDays(1)));
        Assert.False(RiskRules.IsLate(ProblemStatus.Open, null, due));
    }

    [Fact]
    public void Item_22_lines_become_one_risk_each_with_their_kind()
    {
        ProjectListItem[] items =
        [
            new() { Id = 3, Kind = ListItemKind.InternalRisk, Text = "отсутствие базы", SortOrder = 0 },
            new() { Id = 1, Kind = ListItemKind.ExternalRisk, Text = "- отсутствие инвестиций", SortOrder = 0 },
            new() { Id = 2, Kind = ListItemKind.ExternalRisk, Text = "отсутствие нормативной базы", SortOrder = 1 },
            new() { Id = 4, Kind = ListItemKind.ExpectedResult, Text = "создана система", SortOrder = 0 },
        ];

        var risks = PassportRisks.InitialRegister(items, ownerPersonId: 9);

        Assert.Equal(["Отсутствие инвестиций", "Отсутствие нормативной базы", "Отсутствие базы"], risks.Select(r => r.Title));
        Assert.Equal([RiskKind.External, RiskKind.External, RiskKind.Internal], risks.Select(r => r.Kind));
        Assert.Equal("- отсутствие инвестиций", risks[0].PassportText);
        Assert.All(risks, r => Assert.Equal((9, RiskStatus.Open), (r.OwnerPersonId!.Value, r.Status)));
    }

    [Fact]
    public void Leaders_and_project_administrators_edit_the_register_curators_and_viewers_read_it()
    {
        Assert.True(RolePermissions.GrantsInProject([MemberRole.Leader], Permissions.EditRisks));
        Assert.True(RolePermissions.GrantsInProject([MemberRole.Administrator], Permissions.EditRisks));
        Assert.False(RolePermissions.GrantsInProject([MemberRole.Curator], Permissions.EditRisks));
        Assert.True(RolePermissions.Grants([Roles.Office], Permissions.EditRisks));
        Assert.False(RolePermissions.Grants([Roles.Curator], Permissions.EditRisks));
        Assert.False(RolePermissions.Grants([Roles.Viewer], Permissions.EditRisks));
        Assert.True(RolePermissions.Grants([Roles.Viewer], Permissions.ViewProject));
    }
}
