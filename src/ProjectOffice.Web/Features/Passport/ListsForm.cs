namespace ProjectOffice.Web.Features.Passport;

/// <summary>The passport's plain lists: tasks (municipal item 17, names only), expected results, programmes, risks.</summary>
public sealed class ListsForm
{
    public const string TasksTable = "tasks";
    public const string ExpectedResultsTable = "results";
    public const string ProgrammesTable = "programmes";
    public const string ExternalRisksTable = "external";
    public const string InternalRisksTable = "internal";

    public uint Version { get; set; }
    public List<TextRow> Tasks { get; set; } = [];
    public List<TextRow> ExpectedResults { get; set; } = [];
    public List<TextRow> Programmes { get; set; } = [];
    public List<TextRow> ExternalRisks { get; set; } = [];
    public List<TextRow> InternalRisks { get; set; } = [];

    /// <summary>The rows a command's table name points at.</summary>
    public List<TextRow>? Table(string? name) => name switch
    {
        TasksTable => Tasks,
        ExpectedResultsTable => ExpectedResults,
        ProgrammesTable => Programmes,
        ExternalRisksTable => ExternalRisks,
        InternalRisksTable => InternalRisks,
        _ => null,
    };
}
