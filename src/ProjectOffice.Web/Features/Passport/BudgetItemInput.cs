using System.ComponentModel.DataAnnotations;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>A row group of the budget: a stage (municipal) or a direction (national) with its amount cells.</summary>
public sealed class BudgetItemInput
{
    public int Id { get; set; }

    /// <summary>Municipal rows: the stage the row is; the form cannot choose it.</summary>
    public int? StageId { get; set; }

    [Display(Name = "Наименование результата (направления)")]
    [StringLength(5000, ErrorMessage = "Не более 5000 символов.")]
    public string? Title { get; set; }

    [Display(Name = "№ как в документе")]
    [StringLength(20, ErrorMessage = "Не более 20 символов.")]
    public string? Number { get; set; }

    [Display(Name = "Результат раздела 3")]
    public int? ResultId { get; set; }

    /// <summary>Amounts as typed, keyed by <see cref="BudgetCells.Key"/>.</summary>
    public Dictionary<string, string?> Cells { get; set; } = [];
}
