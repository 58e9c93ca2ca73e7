using System.Text.Json;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Data.Exchange;

/// <summary>Reads a projectoffice/1 JSON document and creates the project in one transaction, or reports every problem.</summary>
public static class ProjectImport
{
    public static async Task<ImportOutcome> ImportJsonAsync(AppDbContext db, Stream json, CancellationToken ct)
    {
        ProjectDocument? document;
        try
        {
            using var parsed = await JsonDocument.ParseAsync(json, new JsonDocumentOptions { MaxDepth = ProjectDocument.JsonOptions.MaxDepth }, ct);
            var tooBig = JsonLimits.Check(parsed.RootElement).Take(100).ToArray();
            if (tooBig.Length > 0)
            {
                return ImportOutcome.Failed(tooBig);
            }

            var invalid = ProjectSchema.Check(parsed.RootElement);
            if (invalid.Count > 0)
            {
                return ImportOutcome.Failed([.. invalid.Take(200)]);
            }

            document = parsed.Deserialize<ProjectDocument>(ProjectDocument.JsonOptions);
        }
        catch (JsonException ex)
        {
            return ImportOutcome.Failed(new ImportProblem(ex.Path ?? "$", DescribeJsonError(ex)));
        }

        if (document is null)
        {
            return ImportOutcome.Failed(new ImportProblem("$", "Документ пуст."));
        }

        return await ImportAsync(db, document, ct);
    }

    public static async Task<ImportOutcome> ImportAsync(AppDbContext db, ProjectDocument document, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var importer = new ProjectImporter(db);
        var (project, problems) = await importer.ImportAsync(document, ct);
        if (project is null)
        {
            return ImportOutcome.Failed([.. problems]);
        }

        var tooLong = TextLengths.Check(db).ToArray();
        if (tooLong.Length > 0)
        {
            db.ChangeTracker.Clear();
            return ImportOutcome.Failed(tooLong);
        }

        await db.SaveChangesAsync(ct);
        importer.LinkSavedRows();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ImportOutcome(project, []);
    }

    /// <summary>The Russian reason for a document the serializer refused (the path comes with the exception).</summary>
    internal static string DescribeJsonError(JsonException ex, string format = "projectoffice/1") => ex.Message switch
    {
        _ when ex is ImportValueException => ex.Message,
        var m when m.Contains("missing required properties", StringComparison.Ordinal) =>
            "Не хватает обязательного поля: " + m[(m.IndexOf("including:", StringComparison.Ordinal) + 10)..].Trim().TrimEnd('.'),
        var m when m.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) =>
            "Неизвестное поле.",
        var m when m.Contains("could not be converted to ProjectOffice", StringComparison.Ordinal) =>
            "Недопустимое значение перечисления или неверный тип значения.",
        var m when m.Contains("could not be converted to System.", StringComparison.Ordinal) => "Неверный тип значения.",
        var m when m.Contains("maximum configured depth", StringComparison.Ordinal) =>
            "Слишком глубокая вложенность.",
        var m when m.Contains("invalid UTF-16", StringComparison.OrdinalIgnoreCase) || m.Contains("surrogate", StringComparison.OrdinalIgnoreCase) =>
            JsonLimits.BrokenText,
        _ => $"Документ не является корректным JSON формата {format}.",
    };
}

public sealed record ImportOutcome(Project? Project, IReadOnlyList<ImportProblem> Problems)
{
    public static ImportOutcome Failed(params ImportProblem[] problems) => new(null, problems);
}
