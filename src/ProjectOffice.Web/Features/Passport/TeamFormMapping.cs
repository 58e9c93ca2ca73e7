using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>The team form to and from the project's members (kept apart from the form's shape in TeamForm.cs).</summary>
public sealed partial class TeamForm
{
    /// <summary>The form as the project's members and participant groups fill it.</summary>
    public static TeamForm From(Project project)
    {
        var form = new TeamForm { Version = project.Version };
        foreach (var role in PassportLabels.SingleRoles)
        {
            var member = project.Members.Where(m => m.GroupId == null && m.Role == role).OrderBy(m => m.SortOrder).ThenBy(m => m.Id).FirstOrDefault();
            form.Roles.Add(member is null ? new MemberRow { Role = role } : ToRow(member));
        }

        form.Executors = project.Members.Where(m => m.GroupId == null && m.Role == MemberRole.Executor)
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Id).Select(ToRow).ToList();
        form.Groups = project.ParticipantGroups.OrderBy(g => g.SortOrder).ThenBy(g => g.Id)
            .Select(g => new ParticipantGroupRow
            {
                Id = g.Id,
                Kind = g.Kind,
                Title = g.Title,
                Rows = project.Members.Where(m => m.GroupId == g.Id).OrderBy(m => m.SortOrder).ThenBy(m => m.Id).Select(ToRow).ToList(),
            })
            .ToList();
        return form;
    }

    private static MemberRow ToRow(ProjectMember member) => new()
    {
        Id = member.Id,
        Role = member.Role,
        PersonId = member.PersonId,
        NameText = member.NameText,
        RoleTitle = member.RoleTitle,
        Position = member.Position,
        Email = member.Email,
        Phone = member.Phone,
        DirectSupervisor = member.DirectSupervisor,
        Employment = member.EmploymentText,
    };

    /// <summary>A row button pressed: adds, removes or moves a row of the table it names.</summary>
    public void Apply(RowCommand action)
    {
        if (action.Targets(ExecutorsTable))
        {
            action.ApplyTo(Executors);
        }
        else if (action.Targets(GroupsTable))
        {
            action.ApplyTo(Groups);
        }
        else if (action.Targets(GroupRowsTable) && action.Indexes.Count > 0 && action.Indexes[0] >= 0 && action.Indexes[0] < Groups.Count)
        {
            var rows = Groups[action.Indexes[0]].Rows;
            if (action.Verb == "add" || action.Indexes.Count > 1)
            {
                action.ApplyTo(rows);
            }
        }
    }

    /// <summary>
    /// Copies the form onto the project: key roles, executors and (where the layout has them) participant groups; a new
    /// person typed in a row becomes one Person however many rows name them. Members are numbered across the whole
    /// passport, as the importer numbers them: key roles, executors, participants.
    /// </summary>
    public void ApplyTo(Project project, bool withGroups, AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(db);
        var newPeople = NewPeople(db);
        var inFormOrder = new List<ProjectMember>();
        SaveRoles(db, project, newPeople, inFormOrder);
        SaveExecutors(db, project, newPeople, inFormOrder);
        if (withGroups)
        {
            SaveGroups(db, project, newPeople, inFormOrder);
        }

        for (var i = 0; i < inFormOrder.Count; i++)
        {
            inFormOrder[i].SortOrder = i;
        }
    }

    /// <summary>One Person per distinct new person typed (the same name and e-mail typed in two rows is one person).</summary>
    private Dictionary<MemberRow, Person> NewPeople(AppDbContext db)
    {
        var byKey = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<MemberRow, Person>();
        foreach (var (_, row) in AllRows(""))
        {
            if (row.IsBlank || row.NewPerson.IsEmpty)
            {
                continue;
            }

            var typed = row.NewPerson;
            var key = $"{FormText.Clean(typed.FullName)}|{FormText.Clean(typed.Email)}";
            if (!byKey.TryGetValue(key, out var person))
            {
                person = new Person
                {
                    FullName = FormText.Required(typed.FullName),
                    Position = FormText.Clean(typed.Position),
                    OrganisationId = typed.OrganisationId,
                    Email = FormText.Clean(typed.Email),
                    Phone = FormText.Clean(typed.Phone),
                };
                byKey[key] = person;
                db.People.Add(person);
            }

            result[row] = person;
        }

        return result;
    }

    private void SaveRoles(AppDbContext db, Project project, Dictionary<MemberRow, Person> newPeople, List<ProjectMember> inFormOrder)
    {
        for (var i = 0; i < PassportLabels.SingleRoles.Count; i++)
        {
            var role = PassportLabels.SingleRoles[i];
            var row = Roles[i];
            var member = project.Members.Where(m => m.GroupId == null && m.Role == role).OrderBy(m => m.SortOrder).ThenBy(m => m.Id).FirstOrDefault();
            if (row.IsBlank)
            {
                if (member is not null)
                {
                    db.ProjectMembers.Remove(member);
                }

                continue;
            }

            if (member is null)
            {
                member = new ProjectMember();
                project.Members.Add(member);
            }

            Fill(member, row, role, participant: false, newPeople);
            inFormOrder.Add(member);
        }
    }

    private void SaveExecutors(AppDbContext db, Project project, Dictionary<MemberRow, Person> newPeople, List<ProjectMember> inFormOrder) =>
        CollectionSync.Replace(
            project.Members.Where(m => m.GroupId == null && m.Role == MemberRole.Executor),
            Executors.Where(r => !r.IsBlank).ToList(),
            m => m.Id, r => r.Id,
            add: () =>
            {
                var member = new ProjectMember();
                project.Members.Add(member);
                return member;
            },
            apply: (member, row, _) =>
            {
                Fill(member, row, MemberRole.Executor, participant: false, newPeople);
                inFormOrder.Add(member);
            },
            remove: member => db.ProjectMembers.Remove(member));

    private void SaveGroups(AppDbContext db, Project project, Dictionary<MemberRow, Person> newPeople, List<ProjectMember> inFormOrder)
    {
        var saved = new List<(ParticipantGroup Group, ParticipantGroupRow Row)>();
        CollectionSync.Replace(
            project.ParticipantGroups, Groups, g => g.Id, r => r.Id,
            add: () =>
            {
                var group = new ParticipantGroup();
                project.ParticipantGroups.Add(group);
                return group;
            },
            apply: (group, row, index) =>
            {
                group.Kind = row.Kind;
                group.Title = FormText.Clean(row.Title);
                group.SortOrder = index;
                saved.Add((group, row));
            },
            remove: group =>
            {
                db.ProjectMembers.RemoveRange(project.Members.Where(m => m.GroupId == group.Id));
                db.ParticipantGroups.Remove(group);
            });

        foreach (var (group, groupRow) in saved)
        {
            CollectionSync.Replace(
                project.Members.Where(m => group.Id != 0 && m.GroupId == group.Id),
                groupRow.Rows.Where(r => !r.IsBlank).ToList(),
                m => m.Id, r => r.Id,
                add: () =>
                {
                    var member = new ProjectMember { Group = group };
                    project.Members.Add(member);
                    return member;
                },
                apply: (member, row, _) =>
                {
                    Fill(member, row, row.Role, participant: true, newPeople);
                    inFormOrder.Add(member);
                },
                remove: member => db.ProjectMembers.Remove(member));
        }
    }

    /// <summary>Copies a row onto a member. Key roles and executors have no participant columns, so those stay as they are.</summary>
    private static void Fill(ProjectMember member, MemberRow row, MemberRole role, bool participant, Dictionary<MemberRow, Person> newPeople)
    {
        member.Role = role;
        if (newPeople.TryGetValue(row, out var person))
        {
            member.Person = person;
        }
        else
        {
            member.Person = null;
            member.PersonId = row.PersonId;
        }

        member.NameText = FormText.Clean(row.NameText);
        member.Position = FormText.Clean(row.Position);
        member.Email = FormText.Clean(row.Email);
        member.Phone = FormText.Clean(row.Phone);
        if (!participant)
        {
            return;
        }

        member.RoleTitle = FormText.Clean(row.RoleTitle);
        var supervisor = FormText.Clean(row.DirectSupervisor);
        if (supervisor != member.DirectSupervisor)
        {
            // The link to the supervisor's person record described the old text.
            member.SupervisorPersonId = null;
        }

        member.DirectSupervisor = supervisor;
        member.EmploymentText = FormText.Clean(row.Employment);
        member.Employment = EmploymentPercent.TryParse(row.Employment, out var percent, out _) ? percent : null;
    }
}
