namespace ProjectOffice.Domain.Journal;

/// <summary>
/// One recorded change on a project: who, when, what, the old and the new value. Written in the same
/// transaction as the change; never edited or deleted from the portal.
/// </summary>
public sealed class JournalEntry
{
    public long Id { get; set; }
    public int? ProjectId { get; set; }

    /// <summary>Set instead of ProjectId when the project is being created in the same save.</summary>
    public Projects.Project? Project { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public JournalAction Action { get; set; }

    /// <summary>What was changed, as a stable key: the entity's type name («Stage», «ControlEvent»), translated on display.</summary>
    public string EntityType { get; set; } = "";
    public string? EntityId { get; set; }

    /// <summary>The property's name («DoneOn»), translated on display; practice rows store their section's caption.</summary>
    public string? Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}
