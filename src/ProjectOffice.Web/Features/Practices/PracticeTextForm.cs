using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using ProjectOffice.Domain.Practices;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>One long text of the passport in RichText markup: paragraphs separated by a blank line, list lines starting with «- ».</summary>
public sealed class PracticeTextForm
{
    public uint Version { get; set; }

    [Display(Name = "Текст")]
    [StringLength(PracticeRules.LongTextLength, ErrorMessage = "Не более {1} символов.")]
    public string? Text { get; set; }

    [BindNever]
    [ValidateNever]
    public string Title { get; set; } = "";

    [BindNever]
    public int PracticeId { get; set; }

    [BindNever]
    public string PracticeName { get; set; } = "";
}
