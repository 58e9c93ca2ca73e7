using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>A heading of the national participants table with its rows.</summary>
public sealed class ParticipantGroupRow : IValidatableObject
{
    public int Id { get; set; }

    [Display(Name = "Вид группы")]
    public ParticipantGroupKind Kind { get; set; } = ParticipantGroupKind.Result;

    [Display(Name = "Заголовок (наименование результата)")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? Title { get; set; }

    public List<MemberRow> Rows { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Kind))
        {
            yield return new ValidationResult("Выберите вид группы из списка.", [nameof(Kind)]);
        }
        else if (Kind == ParticipantGroupKind.Result && FormText.Clean(Title) is null)
        {
            yield return new ValidationResult("Впишите заголовок группы: наименование результата.", [nameof(Title)]);
        }
    }
}
