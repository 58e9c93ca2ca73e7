namespace ProjectOffice.Domain.Projects;

/// <summary>
/// Section 5 of the national passport, as the card and the printed form show it: rows without a group first (the
/// curator, leader and administrator), then each group under its heading; rows are numbered 1…n across all groups.
/// </summary>
public static class ParticipantTable
{
    public const string GeneralHeading = "Общие организационные мероприятия по проекту";

    /// <param name="project">With its members (and their people), groups and tasks with results, each in order.</param>
    public static IReadOnlyList<ParticipantTableGroup> Groups(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var rows = project.Members
            .Where(m => m.GroupId is not null || m.Role is MemberRole.Participant or MemberRole.ResultOwner)
            .ToList();
        var groups = new List<(string? Heading, List<ProjectMember> Members)>();
        var ungrouped = rows.Where(m => m.GroupId is null || project.ParticipantGroups.All(g => g.Id != m.GroupId)).ToList();
        if (ungrouped.Count > 0)
        {
            groups.Add((null, ungrouped));
        }

        var results = project.Tasks.SelectMany(t => t.Results).ToDictionary(r => r.Id);
        foreach (var group in project.ParticipantGroups)
        {
            var heading = group.Kind switch
            {
                ParticipantGroupKind.Project => null,
                ParticipantGroupKind.General => GeneralHeading,
                _ => group.Title ?? (group.ResultId is { } id && results.TryGetValue(id, out var result)
                    ? RichText.Parse(result.Name).Select(b => b.Paragraph ?? string.Join(" ", b.Items)).FirstOrDefault()
                    : null),
            };
            groups.Add((heading, rows.Where(m => m.GroupId == group.Id).ToList()));
        }

        var number = 0;
        return groups.Select(g => new ParticipantTableGroup(
            g.Heading,
            g.Members.Select(m => new ParticipantTableRow(
                ++number,
                m.RoleTitle ?? ProjectLabels.ParticipantRole(m.Role, project.Level),
                MemberText.ShortName(m),
                MemberText.Position(m),
                m.DirectSupervisor,
                m.EmploymentText)).ToList())).ToList();
    }
}
