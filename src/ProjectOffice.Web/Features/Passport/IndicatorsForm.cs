using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>«Цель и показатели»: every indicator of the project with its planned value per year and calculation method.</summary>
public sealed class IndicatorsForm
{
    public uint Version { get; set; }

    public List<IndicatorInput> Indicators { get; set; } = [];

    [BindNever]
    [ValidateNever]
    public PassportTablesProject Project { get; set; } = null!;
}
