using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Domain;

/// <summary>
/// One label per enum value: the list, the card, the editors, the journal and the version comparison print a status,
/// a layout, a role or a control-event status in the words its Domain label gives — a second copy of those words
/// anywhere in the sources fails here.
/// </summary>
public sealed class EnumLabelsTests
{
    public static TheoryData<string> Labels()
    {
        var labels = new TheoryData<string>();
        // «Черновик» is also a monthly report's status (ReportWorkflow), another enum with the same word.
        foreach (var status in Enum.GetValues<ProjectStatus>().Except([ProjectStatus.Draft]))
        {
            labels.Add(StatusLabels.Of(status));
        }

        foreach (var layout in Enum.GetValues<ProjectLayout>())
        {
            labels.Add(ProjectLabels.Layout(layout));
        }

        // «Исполнитель» also heads a practice table's column; «Руководитель проекта» also names the portal role (Access/Roles).
        foreach (var role in Enum.GetValues<MemberRole>().Except([MemberRole.Executor, MemberRole.Leader]))
        {
            labels.Add(PassportLabels.Role(role));
        }

        foreach (var state in new[] { ControlEventState.Planned, ControlEventState.Done, ControlEventState.Cancelled })
        {
            labels.Add(ControlEventStates.Label(state));
        }

        // The leader's signature block is titled with the leader's role label.
        foreach (var kind in Enum.GetValues<SignatureKind>().Except([SignatureKind.LeaderSignature]))
        {
            labels.Add(ProjectLabels.SignatureTitle(kind));
        }

        return labels;
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void An_enum_label_is_written_once_in_the_sources(string label)
    {
        var quoted = $"\"{label}\"";
        var copies = SourceTree.Files().Where(file => File.ReadAllText(file).Contains(quoted, StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(SourceTree.Root, file)).ToList();

        Assert.True(copies.Count == 1, $"{quoted} is written in {copies.Count} files: {string.Join(", ", copies)}");
    }

    [Fact]
    public void A_stored_control_event_status_reads_as_its_state()
    {
        Assert.Equal("Запланировано", ControlEventStates.Label(ControlEventStatus.Planned));
        Assert.Equal("Выполнено", ControlEventStates.Label(ControlEventStatus.Done));
        Assert.Equal("Отменено", ControlEventStates.Label(ControlEventStatus.Cancelled));
    }
}
