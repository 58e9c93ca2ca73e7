using System.ComponentModel.DataAnnotations;

namespace ProjectOffice.Web.Features.Passport;

public sealed class TaskInput
{
    /// <summary>0 for a task added in this form.</summary>
    public int Id { get; set; }

    [Display(Name = "Наименование задачи")]
    [Required(ErrorMessage = "Введите наименование задачи.")]
    [StringLength(5000, ErrorMessage = "Не более 5000 символов.")]
    public string? Name { get; set; }

    public List<ResultInput> Results { get; set; } = [];
}
