namespace ProjectOffice.Domain.Projects;

/// <summary>
/// What a typed budget cell holds: nothing, «-» (no funding), a number of million rubles, or an error to show next to the cell.
/// </summary>
public sealed record ParsedAmount(bool IsEmpty, bool IsDash, decimal? Value, string? Error)
{
    public static ParsedAmount Empty { get; } = new(true, false, null, null);
    public static ParsedAmount Dash { get; } = new(false, true, null, null);

    public bool IsValid => Error is null;

    public static ParsedAmount Number(decimal value) => new(false, false, value, null);

    public static ParsedAmount Invalid(string error) => new(false, false, null, error);
}
