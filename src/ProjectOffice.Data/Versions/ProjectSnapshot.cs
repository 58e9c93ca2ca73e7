using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Data.Versions;

/// <summary>
/// A projectoffice/1 document as a detached Project entity graph, without a database: what the printed forms
/// need to print a frozen version exactly as it was approved. Ids are made up (unique across the graph) and every
/// foreign key is set together with its navigation, so code written for loaded projects works on it unchanged.
/// </summary>
public static class ProjectSnapshot
{
    /// <param name="status">A frozen version is an approved passport; pass another status for other documents.</param>
    public static Project ToProject(ProjectDocument document, ProjectStatus status = ProjectStatus.Approved)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lastId = 0;
        var references = References(document, ref lastId);
        return ProjectGraph.Detached(references, lastId).Build(document.Project, status, updatedAt: default);
    }

    private static ReferenceRows References(ProjectDocument document, ref int lastId)
    {
        var organisations = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var o in document.Organisations)
        {
            organisations[o.Key] = new Organisation { Id = ++lastId, Name = o.Name, ShortName = o.ShortName };
        }

        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var p in document.People)
        {
            var organisation = p.Organisation is null ? null : organisations.GetValueOrDefault(p.Organisation);
            people[p.Key] = new Person
            {
                Id = ++lastId,
                FullName = p.FullName,
                Position = p.Position,
                Email = p.Email,
                Phone = p.Phone,
                Organisation = organisation,
                OrganisationId = organisation?.Id,
            };
        }

        var sources = new Dictionary<string, FundingSource>(StringComparer.Ordinal);
        foreach (var (f, i) in document.FundingSources.Select((f, i) => (f, i)))
        {
            sources[f.Key] = new FundingSource { Id = ++lastId, Name = f.Name, NameGenitive = f.NameGenitive, SortOrder = i };
        }

        return new ReferenceRows(organisations, people, sources);
    }
}
