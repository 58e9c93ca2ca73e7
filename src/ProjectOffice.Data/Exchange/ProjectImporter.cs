using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Data.Exchange;

/// <summary>
/// Creates a project from a projectoffice/1 document. People, organisations and funding sources are matched
/// to the portal's reference lists (people by e-mail, then full name; the others by name) and created when new.
/// Every problem is collected with its JSON path; nothing is added to the context when there is one.
/// </summary>
public sealed class ProjectImporter(AppDbContext db)
{
    private readonly List<ImportProblem> problems = [];
    private readonly Dictionary<string, Organisation> organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FundingSource> sources = new(StringComparer.Ordinal);
    private ProjectGraph? graph;

    /// <summary>The new project (added to the context, not saved) or the list of every problem found.</summary>
    public async Task<(Project? Project, IReadOnlyList<ImportProblem> Problems)> ImportAsync(ProjectDocument document, CancellationToken ct)
    {
        if (document.Format != ProjectDocument.CurrentFormat)
        {
            Problem("$.format", $"Неподдерживаемая версия формата «{document.Format}»: ожидается «{ProjectDocument.CurrentFormat}».");
            return (null, problems);
        }

        await ResolveReferenceListsAsync(document, ct);
        graph = ProjectGraph.ForDatabase(new ReferenceRows(organisations, people, sources));
        var project = graph.Build(document.Project, ProjectStatus.Draft, DateTimeOffset.UtcNow);
        problems.AddRange(graph.Problems);
        if (problems.Count > 0)
        {
            DetachNewReferenceRows();
            return (null, problems);
        }

        db.Projects.Add(project);
        return (project, problems);
    }

    private async Task ResolveReferenceListsAsync(ProjectDocument document, CancellationToken ct)
    {
        CheckUniqueKeys(document.Organisations.Select(o => o.Key), "$.organisations");
        CheckUniqueKeys(document.People.Select(p => p.Key), "$.people");
        CheckUniqueKeys(document.FundingSources.Select(f => f.Key), "$.fundingSources");

        var knownOrgs = (await db.Organisations.ToListAsync(ct)).GroupBy(o => Fold(o.Name)).ToDictionary(g => g.Key, g => g.First());
        foreach (var dto in document.Organisations)
        {
            organisations[dto.Key] = knownOrgs.TryGetValue(Fold(dto.Name), out var existing)
                ? existing
                : db.Organisations.Add(new Organisation { Name = dto.Name, ShortName = dto.ShortName }).Entity;
        }

        // Candidates by exact e-mail or name; the case- and ё-insensitive match is made below.
        var emails = document.People.Where(p => p.Email is not null).SelectMany(p => new[] { p.Email!, p.Email!.ToLowerInvariant() }).ToList();
        var names = document.People.SelectMany(p => new[] { p.FullName, p.FullName.Replace('ё', 'е') }).ToList();
        var candidates = await db.People
            .Where(p => (p.Email != null && emails.Contains(p.Email)) || names.Contains(p.FullName))
            .ToListAsync(ct);
        for (var i = 0; i < document.People.Count; i++)
        {
            var dto = document.People[i];
            var match = candidates.FirstOrDefault(p => dto.Email is not null && string.Equals(p.Email, dto.Email, StringComparison.OrdinalIgnoreCase))
                ?? candidates.FirstOrDefault(p => Fold(p.FullName) == Fold(dto.FullName));
            if (match is null)
            {
                match = db.People.Add(new Person
                {
                    FullName = dto.FullName,
                    Position = dto.Position,
                    Email = dto.Email,
                    Phone = dto.Phone,
                }).Entity;
                if (dto.Organisation is { } orgKey)
                {
                    match.Organisation = organisations.GetValueOrDefault(orgKey);
                    if (match.Organisation is null)
                    {
                        Problem($"$.people[{i}].organisation", $"Ссылка «{orgKey}» не найдена (организация).");
                    }
                }

                candidates.Add(match);
            }

            people[dto.Key] = match;
        }

        var knownSources = (await db.FundingSources.ToListAsync(ct)).GroupBy(f => Fold(f.Name)).ToDictionary(g => g.Key, g => g.First());
        var nextOrder = knownSources.Count == 0 ? 0 : knownSources.Values.Max(f => f.SortOrder) + 1;
        foreach (var dto in document.FundingSources)
        {
            if (!knownSources.TryGetValue(Fold(dto.Name), out var source))
            {
                source = db.FundingSources.Add(new FundingSource { Name = dto.Name, NameGenitive = dto.NameGenitive, SortOrder = nextOrder++ }).Entity;
                knownSources[Fold(dto.Name)] = source;
            }

            sources[dto.Key] = source;
        }
    }

    /// <summary>
    /// Makes the links whose target rows get their ids only on insert (results, people, stages, sections). Call after the first
    /// SaveChanges of the new project, then save again; both saves belong to the caller's transaction.
    /// </summary>
    public void LinkSavedRows() => graph?.LinkSavedRows();

    private void DetachNewReferenceRows()
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private void CheckUniqueKeys(IEnumerable<string> keys, string path)
    {
        foreach (var (key, i) in keys.Select((k, i) => (k, i)).GroupBy(x => x.k).Where(g => g.Count() > 1).Select(g => g.Skip(1).First()))
        {
            Problem($"{path}[{i}].key", $"Ключ «{key}» повторяется.");
        }
    }

    private void Problem(string path, string message) => problems.Add(new ImportProblem(path, message));

    private static string Fold(string text) => text.Trim().ToLowerInvariant().Replace('ё', 'е');
}
