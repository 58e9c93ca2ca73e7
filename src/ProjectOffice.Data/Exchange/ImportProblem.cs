namespace ProjectOffice.Data.Exchange;

/// <summary>One thing wrong with an imported document: where (JSON path) and what, in Russian.</summary>
public sealed record ImportProblem(string Path, string Message);
