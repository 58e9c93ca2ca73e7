using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.ControlEvents;

public sealed class MarkDonePage
{
    public required ProjectHeader Project { get; init; }
    public required ControlEventRow Event { get; init; }
    public required MarkDoneForm Form { get; init; }
}
