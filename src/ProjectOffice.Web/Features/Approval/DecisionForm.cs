using System.ComponentModel.DataAnnotations;

namespace ProjectOffice.Web.Features.Approval;

/// <summary>Every workflow button posts this: the Version of the row decided on (the project, or the stage) as the page showed it, and the comment.</summary>
public sealed class DecisionForm
{
    public uint Version { get; set; }

    [Display(Name = "Комментарий")]
    public string? Comment { get; set; }
}
