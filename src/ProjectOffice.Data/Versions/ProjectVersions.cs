using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.Exchange;

namespace ProjectOffice.Data.Versions;

/// <summary>Reads frozen versions back as projectoffice/1 documents (for comparison, and for printing «?version=N»).</summary>
public static class ProjectVersions
{
    /// <summary>The snapshot of version <paramref name="number"/> of the project, or null when there is no such version.</summary>
    public static async Task<ProjectDocument?> GetSnapshotAsync(AppDbContext db, int projectId, int number, CancellationToken ct = default)
    {
        var json = await db.ProjectVersions.AsNoTracking()
            .Where(v => v.ProjectId == projectId && v.Number == number)
            .Select(v => v.Snapshot)
            .FirstOrDefaultAsync(ct);
        return json is null ? null : Read(json);
    }

    public static ProjectDocument Read(string snapshot) =>
        JsonSerializer.Deserialize<ProjectDocument>(snapshot, ProjectDocument.JsonOptions)
        ?? throw new InvalidOperationException("A version's snapshot is empty.");
}
