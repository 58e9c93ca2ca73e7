namespace ProjectOffice.Domain.Approval;

/// <summary>The status a decision leads to, or why it cannot be taken (in Russian, for the page; IsAboutComment puts it next to the comment).</summary>
public sealed record WorkflowOutcome<TStatus>(TStatus? Next, string? Error, bool IsAboutComment)
    where TStatus : struct, Enum;
