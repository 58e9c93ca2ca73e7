namespace ProjectOffice.Web.Features.Navigation;

public sealed class NavigationModel
{
    public required IReadOnlyList<NavigationItem> Items { get; init; }
    public required string CurrentPath { get; init; }
    public required string FullName { get; init; }
    public required IReadOnlyList<string> RoleNames { get; init; }

    public bool IsCurrent(NavigationItem item) =>
        item.Href == "/" ? CurrentPath == "/" : CurrentPath.StartsWith(item.Href, StringComparison.OrdinalIgnoreCase);
}
