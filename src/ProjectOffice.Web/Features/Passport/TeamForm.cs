using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// The passport's people: the key roles (one row each, in the order of <see cref="PassportLabels.SingleRoles"/>),
/// the executors table, and the participant groups of the national layout.
/// </summary>
public sealed partial class TeamForm
{
    public const string ExecutorsTable = "executors";
    public const string GroupsTable = "groups";
    public const string GroupRowsTable = "rows";

    public uint Version { get; set; }
    public List<MemberRow> Roles { get; set; } = [];
    public List<MemberRow> Executors { get; set; } = [];
    public List<ParticipantGroupRow> Groups { get; set; } = [];

    /// <summary>Every row of the form with the model-state name of its fields.</summary>
    public IEnumerable<(string Field, MemberRow Row)> AllRows(string prefix)
    {
        for (var i = 0; i < Roles.Count; i++)
        {
            yield return ($"{prefix}.{nameof(Roles)}[{i}]", Roles[i]);
        }

        for (var i = 0; i < Executors.Count; i++)
        {
            yield return ($"{prefix}.{nameof(Executors)}[{i}]", Executors[i]);
        }

        for (var g = 0; g < Groups.Count; g++)
        {
            for (var i = 0; i < Groups[g].Rows.Count; i++)
            {
                yield return ($"{prefix}.{nameof(Groups)}[{g}].{nameof(ParticipantGroupRow.Rows)}[{i}]", Groups[g].Rows[i]);
            }
        }
    }

    /// <summary>Exactly one row per key role, whatever was posted.</summary>
    public void FitRoles()
    {
        while (Roles.Count < PassportLabels.SingleRoles.Count)
        {
            Roles.Add(new MemberRow());
        }

        Roles.RemoveRange(PassportLabels.SingleRoles.Count, Roles.Count - PassportLabels.SingleRoles.Count);
    }
}
