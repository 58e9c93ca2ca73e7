namespace ProjectOffice.Domain.Reference;

/// <summary>An organisation people work for («БОУ ДО г. Омска «ЦТРИГО «Перспектива»»); a reference list the administrator keeps.</summary>
public sealed class Organisation
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
}
