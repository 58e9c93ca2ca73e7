using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.ControlEvents;

public sealed class DeleteEventPage
{
    public required ProjectHeader Project { get; init; }
    public required ControlEventRow Event { get; init; }
    public string? Error { get; init; }
}
