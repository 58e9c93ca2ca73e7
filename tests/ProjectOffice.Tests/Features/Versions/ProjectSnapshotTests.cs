using System.Text.Json;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Data.Versions;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Tests.Features.Versions;

/// <summary>A frozen document becomes an entity graph the printed forms can use, with every link in place.</summary>
public sealed class ProjectSnapshotTests
{
    [Fact]
    public void The_municipal_document_becomes_a_linked_project()
    {
        var project = ProjectSnapshot.ToProject(Load("engineering-cluster.json"));

        Assert.Equal(ProjectStatus.Approved, project.Status);
        Assert.Equal("Инженерный кластер", project.Name);
        Assert.Equal(11, project.Members.Count(m => m.Role == MemberRole.Executor));
        Assert.Equal("Чернецкая Людмила Геннадьевна", project.Members.Single(m => m.Role == MemberRole.Leader).Person!.FullName);
        Assert.Equal(3, project.Stages.Count);
        Assert.All(project.BudgetItems, b => Assert.Same(project.Stages.Single(s => s.Id == b.StageId), b.Stage));
        Assert.All(project.BudgetItems.SelectMany(b => b.Amounts), a => Assert.Equal(a.FundingSourceId, a.FundingSource!.Id));
        Assert.Equal(["Федеральный бюджет", "Областной бюджет", "Бюджет города Омска", "Внебюджетные источники (гранты)"],
            project.BudgetItems[0].Amounts.Select(a => a.FundingSource!.Name));
        var stageNodes = project.PlanItems.Where(i => i.Kind == PlanItemKind.Stage).ToList();
        Assert.All(stageNodes, n => Assert.Contains(project.Stages, s => s.Id == n.StageId));
        Assert.All(project.PlanItems.Where(i => i.ParentId is not null), i => Assert.Contains(i, project.PlanItems.Single(p => p.Id == i.ParentId).Children));
        Assert.Contains(project.PlanItems, i => i.EndText == "31.06.2021" && i.EndDate == new DateOnly(2021, 6, 30));
        Assert.All(project.ControlEvents.Where(e => e.PlanItemId is not null), e => Assert.Same(project.PlanItems.Single(i => i.Id == e.PlanItemId), e.PlanItem));
        Assert.Contains(project.Signatures, s => s.Form == FormKind.Passport && s.Kind == SignatureKind.Approved && s.NameText == "Л.Г. Ефимова");
        Assert.Equal(project.Members.Select(m => m.Id).Distinct().Count(), project.Members.Count);
    }

    [Fact]
    public void The_national_document_keeps_results_groups_and_amounts()
    {
        var project = ProjectSnapshot.ToProject(Load("success-of-every-child.json"));

        Assert.Equal(ProjectLayout.National, project.Layout);
        Assert.Equal(4, project.Indicators.Count);
        Assert.Equal(71m, project.Indicators.OrderBy(i => i.SortOrder).First().Baseline);
        Assert.Equal(13, project.Tasks.SelectMany(t => t.Results).Count());
        Assert.Equal(38, project.Members.Count(m => m.GroupId is not null));
        Assert.All(project.Members.Where(m => m.GroupId is not null), m => Assert.Same(project.ParticipantGroups.Single(g => g.Id == m.GroupId), m.Group));
        Assert.Contains(project.BudgetItems.Where(b => b.SectionId is null).SelectMany(b => b.Amounts), a => a.Text == "0,015" && a.Value == 0.015m);
        Assert.Contains(project.BudgetItems, b => b.SectionId is not null && project.Sections.Any(s => s.Id == b.SectionId && s.Kind == SectionKind.Financing));
    }

    private static ProjectDocument Load(string file)
    {
        using var stream = DemoProjectSeeder.OpenDemoFile(file);
        return JsonSerializer.Deserialize<ProjectDocument>(stream, ProjectDocument.JsonOptions)!;
    }
}
