using System.ComponentModel.DataAnnotations;

namespace ProjectOffice.Web.Features.Layout;

/// <summary>A row of the responsible-executors table: a person from the People list with the position as printed, or an organisation as text.</summary>
public sealed class ResponsibleInput
{
    public int Id { get; set; }

    [Display(Name = "Человек")]
    public int? PersonId { get; set; }

    [Display(Name = "Должность, как напечатано")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? PositionText { get; set; }

    [Display(Name = "Организация (текстом)")]
    [StringLength(1000, ErrorMessage = "Не более 1000 символов.")]
    public string? Text { get; set; }

    [Display(Name = "Организация из справочника")]
    public int? OrganisationId { get; set; }

    public bool IsEmpty => PersonId is null && string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(PositionText);
}
