using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>
/// A whole table as one form (works without JavaScript): command add, remove:i, up:i, down:i re-show the form with
/// the change applied and nothing saved; save checks every cell against its column and saves.
/// </summary>
public sealed class PracticeTableForm
{
    public uint Version { get; set; }
    public string? Command { get; set; }

#pragma warning disable CA2227 // model binding fills Rows[i]
    public List<PracticeTableRowForm> Rows { get; set; } = [];
#pragma warning restore CA2227

    [BindNever]
    [ValidateNever]
    public PracticeTable Table { get; set; } = null!;

    [BindNever]
    public int PracticeId { get; set; }

    [BindNever]
    public string PracticeName { get; set; } = "";
}
