using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Forms.Gantt;

/// <summary>A control event drawn as a milestone diamond at its date.</summary>
public sealed record GanttDiamond(double X, string Title, TrafficLight Light)
{
    public string Points(int y) => FormattableString.Invariant($"{X:0.#},{y - 7} {X + 7:0.#},{y} {X:0.#},{y + 7} {X - 7:0.#},{y}");
}
