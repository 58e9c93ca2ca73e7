using System.ComponentModel.DataAnnotations;

namespace ProjectOffice.Web.Features.ControlEvents;

public sealed class CancelForm
{
    public uint Version { get; set; }

    [Display(Name = "Причина отмены")]
    [Required(ErrorMessage = "Укажите причину отмены.")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? Reason { get; set; }
}
