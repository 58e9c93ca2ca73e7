using ProjectOffice.Forms.Gantt;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Plan;

public sealed class GanttPageModel
{
    public required ProjectHeader Project { get; init; }
    public required GanttChart Chart { get; init; }
}
