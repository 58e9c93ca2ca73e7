using ProjectOffice.Forms.Layout;

namespace ProjectOffice.Forms.Budget;

/// <summary>Everything «Бюджет проекта» prints, in printed order.</summary>
public sealed record BudgetFormData
{
    /// <summary>«Инженерный кластер», printed in quotes after «проекта».</summary>
    public required string ProjectName { get; init; }

    /// <summary>Not approved yet: printed «ПРОЕКТ», signature blocks without dates.</summary>
    public required bool IsDraft { get; init; }

    /// <summary>The date the passport was approved («УТВЕРЖДАЮ» of the passport, or of the printed version), when known.</summary>
    public DateOnly? ApprovedOn { get; init; }

    /// <summary>The approved version whose text this is (<see cref="Catalogue.PrintedProject.PassportVersion"/>), named in the file name.</summary>
    public int? Version { get; init; }

    /// <summary>Caption of the name column: «Наименование этапа реализации проекта».</summary>
    public required string RowCaption { get; init; }

    /// <summary>Caption over the money columns: «Объем финансирования этапа реализации проекта, млн. руб.».</summary>
    public required string AmountsCaption { get; init; }

    /// <summary>The line between row 1 and the rest: «в том числе в разрезе этапов реализации:».</summary>
    public required string BreakdownCaption { get; init; }

    /// <summary>Funding source captions after «Всего, в том числе за счет средств:» («федерального бюджета»).</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>Row 1, «Проект в целом»: the totals of every column.</summary>
    public required BudgetFormRow Total { get; init; }

    /// <summary>Rows 2…: one per stage (or direction).</summary>
    public required IReadOnlyList<BudgetFormRow> Rows { get; init; }

    public required IReadOnlyList<SignatureData> TopSignatures { get; init; }
    public required IReadOnlyList<SignatureData> BottomSignatures { get; init; }
}
