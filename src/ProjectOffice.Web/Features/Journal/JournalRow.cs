using ProjectOffice.Domain.Journal;

namespace ProjectOffice.Web.Features.Journal;

public sealed class JournalRow
{
    public required DateTimeOffset At { get; init; }
    public required string UserName { get; init; }
    public required JournalAction Action { get; init; }
    public required string EntityType { get; init; }
    public string? EntityId { get; init; }
    public string? Field { get; init; }
    public string? OldValue { get; init; }
    public string? NewValue { get; init; }
}
