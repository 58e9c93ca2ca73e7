namespace ProjectOffice.Data.Versions;

public enum ChangeKind
{
    /// <summary>A row (a person, a stage, a list entry …) that only the newer document has.</summary>
    Added = 1,

    /// <summary>A row that only the older document has.</summary>
    Removed = 2,

    /// <summary>A field whose value differs; a value missing on one side is null.</summary>
    Changed = 3,
}

/// <summary>One difference between two passports, located by a path of Russian labels («Бюджет › 1 этап… › Федеральный бюджет»).</summary>
public sealed record ProjectChange(ChangeKind Kind, IReadOnlyList<string> Path, string? Before, string? After)
{
    public string Where => string.Join(" › ", Path);

    /// <summary>«Бюджет › … › Федеральный бюджет: «-» → «0,500»», «Участники: удалён Лобова Татьяна Сергеевна».</summary>
    public override string ToString() => Kind switch
    {
        ChangeKind.Added => $"{Where}: добавлен {After}",
        ChangeKind.Removed => $"{Where}: удалён {Before}",
        _ => $"{Where}: «{Before ?? "—"}» → «{After ?? "—"}»",
    };
}
