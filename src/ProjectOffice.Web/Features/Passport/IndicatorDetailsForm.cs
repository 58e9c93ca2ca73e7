using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>One indicator's breakdown by organisation (Annex 2) and its reported actual values.</summary>
public sealed class IndicatorDetailsForm
{
    public uint Version { get; set; }

    public List<BreakdownRowInput> Rows { get; set; } = [];

    public List<ActualInput> Actuals { get; set; } = [];

    [BindNever]
    [ValidateNever]
    public PassportTablesProject Project { get; set; } = null!;

    [BindNever]
    [ValidateNever]
    public int IndicatorId { get; set; }

    /// <summary>«Показатель N»: the indicator's position in the project.</summary>
    [BindNever]
    [ValidateNever]
    public int IndicatorNumber { get; set; }

    [BindNever]
    [ValidateNever]
    public string IndicatorName { get; set; } = "";
}
