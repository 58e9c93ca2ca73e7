using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Plans;

/// <summary>A period with both ends included: a stage, a result, the project.</summary>
public sealed record DateRange(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public override string ToString() => RussianDates.Period(Start, End);
}
