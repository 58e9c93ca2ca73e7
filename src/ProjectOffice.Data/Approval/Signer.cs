namespace ProjectOffice.Data.Approval;

/// <summary>Who signs a block: the account, the person it belongs to, and what the block prints for them.</summary>
public sealed record Signer(string? UserId, int? PersonId, string FullName, string Position, string? Organisation);
