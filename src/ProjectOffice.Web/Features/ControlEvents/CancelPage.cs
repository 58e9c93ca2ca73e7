using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.ControlEvents;

public sealed class CancelPage
{
    public required ProjectHeader Project { get; init; }
    public required ControlEventRow Event { get; init; }
    public required CancelForm Form { get; init; }
}
