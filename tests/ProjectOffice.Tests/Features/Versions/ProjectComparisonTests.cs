using System.Text.Json;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Data.Versions;

namespace ProjectOffice.Tests.Features.Versions;

/// <summary>The comparison on documents alone, without a database.</summary>
public sealed class ProjectComparisonTests
{
    [Fact]
    public void A_document_compared_with_itself_has_no_changes()
    {
        Assert.Empty(ProjectComparison.Compare(Load("engineering-cluster.json"), Load("engineering-cluster.json")));
        Assert.Empty(ProjectComparison.Compare(Load("success-of-every-child.json"), Load("success-of-every-child.json")));
    }

    [Fact]
    public void A_changed_amount_and_a_removed_executor_are_reported_once_each_in_russian()
    {
        var before = Load("engineering-cluster.json");
        var after = Load("engineering-cluster.json");
        after.Project.Budget!.Lines[0].Amounts.Single(a => a.Source == "federal").Amount = "0,500";
        after.Project.Executors!.RemoveAll(e => e.Person == "lobova-ts");

        var changes = ProjectComparison.Compare(before, after).Select(c => c.ToString()).ToList();

        Assert.Equal(
        [
            "Участники: удалён Лобова Татьяна Сергеевна",
            "Бюджет › Подготовительный. Определение условий, необходимых для… › Федеральный бюджет: «-» → «0,500»",
        ], changes);
    }

    [Fact]
    public void Rows_are_matched_by_name_not_by_position()
    {
        var before = Load("engineering-cluster.json");
        var after = Load("engineering-cluster.json");
        after.Project.Executors!.Reverse();
        after.Project.Executors.Insert(0, new PersonMentionDto { Person = "efimova-lg", PositionText = "Новая должность" });
        after.Project.Executors.RemoveAt(after.Project.Executors.FindLastIndex(e => e.Person == "efimova-lg"));

        var change = Assert.Single(ProjectComparison.Compare(before, after));

        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal(["Участники", "Ефимова Лариса Геннадьевна", "Должность"], change.Path);
        Assert.Equal("Новая должность", change.After);
    }

    [Fact]
    public void Added_rows_and_changed_dates_of_the_national_passport_read_as_the_forms_print_them()
    {
        var before = Load("success-of-every-child.json");
        var after = Load("success-of-every-child.json");
        after.Project.Period.End = new DateOnly(2025, 12, 31);
        var group = after.Project.ParticipantGroups![1];
        group.Participants.Add(new ParticipantDto { Role = ProjectOffice.Domain.Projects.MemberRole.Participant, NameText = "Новый участник", Employment = "10%" });

        var changes = ProjectComparison.Compare(before, after);

        Assert.Contains(changes, c => c.Kind == ChangeKind.Changed && c.Where == "Срок реализации › Окончание" && c.After == "31.12.2025");
        Assert.Contains(changes, c => c.Kind == ChangeKind.Added && c.Path[0] == "Участники" && c.After == "Новый участник");
        Assert.Equal(2, changes.Count);
    }

    private static ProjectDocument Load(string file)
    {
        using var stream = DemoProjectSeeder.OpenDemoFile(file);
        return JsonSerializer.Deserialize<ProjectDocument>(stream, ProjectDocument.JsonOptions)!;
    }
}
