using System.ComponentModel.DataAnnotations;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>One sentence of a list field (a task, an expected result, a risk …). Blank rows are dropped on save.</summary>
public sealed class TextRow
{
    public int Id { get; set; }

    [StringLength(5000, ErrorMessage = "Не более 5000 символов.")]
    public string? Text { get; set; }
}
