namespace ProjectOffice.Domain.Reports;

/// <summary>
/// How an indicator's actual adds up over a year: a count that grows («…, нарастающим итогом»), compared cumulatively
/// with the pro-rata share of the year's target, or a level («доля …, %») held all year, compared in each period with the whole target.
/// </summary>
public enum IndicatorAccrual
{
    Cumulative = 1,
    Level = 2,
}
