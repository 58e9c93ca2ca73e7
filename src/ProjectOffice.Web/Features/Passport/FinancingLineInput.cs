using System.ComponentModel.DataAnnotations;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>An activity of a financing section: its budget classification code and amounts by year.</summary>
public sealed class FinancingLineInput
{
    public int Id { get; set; }

    [Display(Name = "Наименование мероприятия")]
    [Required(ErrorMessage = "Введите наименование мероприятия.")]
    [StringLength(5000, ErrorMessage = "Не более 5000 символов.")]
    public string? Title { get; set; }

    [Display(Name = "Код бюджетной классификации")]
    [StringLength(100, ErrorMessage = "Не более 100 символов.")]
    public string? BudgetCode { get; set; }

    /// <summary>Amounts as typed, keyed by <see cref="BudgetCells.Key"/> with no source.</summary>
    public Dictionary<string, string?> Cells { get; set; } = [];
}
