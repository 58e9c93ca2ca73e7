namespace ProjectOffice.Domain.Approval;

/// <summary>
/// Who took (or takes) a step: the account and the person it belongs to. Two parties are the same person when either
/// matches, so a second account linked to the same person does not make a second signer.
/// </summary>
public sealed record Party(string? UserId, int? PersonId)
{
    public bool IsSameAs(Party? other) =>
        other is not null
        && ((UserId is not null && UserId == other.UserId) || (PersonId is not null && PersonId == other.PersonId));
}
