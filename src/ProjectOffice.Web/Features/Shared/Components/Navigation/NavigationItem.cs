using ProjectOffice.Domain.Access;

namespace ProjectOffice.Web.Features.Navigation;

public sealed record NavigationItem(string Title, string Href, string? Permission);
