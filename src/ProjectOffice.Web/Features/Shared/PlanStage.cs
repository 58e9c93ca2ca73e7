using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Layout;

/// <summary>A passport stage as the plan names it (its «plan» wording when it has one).</summary>
/// <param name="Closed">Closed by the curator: its plan items and control events are read-only.</param>
public sealed record PlanStage(int Id, int Number, string Name, DateOnly StartDate, DateOnly EndDate, bool Closed = false)
{
    public DateRange Period => new(StartDate, EndDate);

    /// <summary>«1 этап. Подготовительный… (01.02.2020 – 31.08.2020)».</summary>
    public string Heading => StageHeading.WithPeriod(StageHeading.Number(Number - 1), Name, StartDate, EndDate);
}
