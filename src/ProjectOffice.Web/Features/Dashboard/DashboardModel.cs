namespace ProjectOffice.Web.Features.Dashboard;

/// <summary>The «my events» dashboard (also the start page).</summary>
public sealed class DashboardModel
{
    public required IReadOnlyList<DashboardRow> Rows { get; init; }
    public required DateOnly Today { get; init; }
    public required DashboardFilter Filter { get; init; }
    public required int Page { get; init; }
    public required bool HasNext { get; init; }

    /// <summary>Where the filter and page links point («/dashboard» or «/monitoring» with its filters).</summary>
    public required string BaseUrl { get; init; }

    /// <summary>Open problems of the risk registers past their deadline (the first few; <see cref="LateProblemCount"/> counts all).</summary>
    public IReadOnlyList<LateProblemRow> LateProblems { get; init; } = [];
    public int LateProblemCount { get; init; }
}
