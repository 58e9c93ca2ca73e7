namespace ProjectOffice.Domain.Reports;

/// <summary>What a target phrase asks of the actual: to reach it («Не менее 5»), to stay under it («Не более 2»), or to equal it («100»).</summary>
public enum TargetQualifier
{
    Exact = 1,
    AtLeast = 2,
    AtMost = 3,
}
