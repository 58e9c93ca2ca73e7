namespace ProjectOffice.Domain.Plans;

/// <summary>The colour dashboards show: green done, yellow due soon, red overdue, grey cancelled, none for the rest.</summary>
public enum TrafficLight
{
    None = 0,
    Green = 1,
    Yellow = 2,
    Red = 3,
    Grey = 4,
}
