namespace ProjectOffice.Forms.Passport;

/// <summary>Item 20: «Проект в целом» and a row per stage; «Всего» then one column per funding source.</summary>
public sealed record PassportStageBudget
{
    /// <summary>Captions after «Всего, в том числе за счет средств:»: «Федерального бюджета» ….</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>The first row is the project's total; cells are «Всего», then one per source.</summary>
    public required IReadOnlyList<PassportMoneyRow> Rows { get; init; }
}
