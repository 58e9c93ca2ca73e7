namespace ProjectOffice.Web.Features.Dashboard;

/// <summary>What a dashboard lists: by default overdue, due within 14 days and done within the last 14 days.</summary>
public enum DashboardFilter
{
    Attention = 0,
    Overdue = 1,
    DueSoon = 2,
    Done = 3,
}
