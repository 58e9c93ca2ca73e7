namespace ProjectOffice.Web.Features.Reference;

public sealed class PersonRow
{
    public required int Id { get; init; }
    public required string FullName { get; init; }
    public string? Position { get; init; }
    public string? Organisation { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? UserName { get; init; }
}
