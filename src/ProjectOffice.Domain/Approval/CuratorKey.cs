namespace ProjectOffice.Domain.Approval;

/// <summary>
/// Who a curator row names: the person, or the name typed when it names no person (compared case-insensitively, as
/// the same name typed again is the same curator).
/// </summary>
public readonly record struct CuratorKey(int? PersonId, string? NameText) : IComparable<CuratorKey>
{
    public static CuratorKey Of(int? personId, string? nameText) =>
        new(personId, personId is null ? nameText?.Trim().ToUpperInvariant() : null);

    public int CompareTo(CuratorKey other)
    {
        var byPerson = Nullable.Compare(PersonId, other.PersonId);
        return byPerson != 0 ? byPerson : string.CompareOrdinal(NameText, other.NameText);
    }

    public static bool operator <(CuratorKey left, CuratorKey right) => left.CompareTo(right) < 0;

    public static bool operator >(CuratorKey left, CuratorKey right) => left.CompareTo(right) > 0;

    public static bool operator <=(CuratorKey left, CuratorKey right) => left.CompareTo(right) <= 0;

    public static bool operator >=(CuratorKey left, CuratorKey right) => left.CompareTo(right) >= 0;
}
