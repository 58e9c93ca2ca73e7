using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// Passport «Цель и показатели»: indicators with a planned value per project year and their calculation methods.
/// The breakdown by organisation (Annex 2) and the actual values are edited per indicator, see <see cref="PassportIndicatorDetailsController"/>.
/// </summary>
[ProjectAccess(Permissions.EditPassport)]
[EditablePassport]
[Route("projects/{id:int}/edit/indicators")]
public sealed class PassportIndicatorsController(AppDbContext db, TimeProvider clock) : Controller
{
    private const string ViewPath = "/Features/Passport/Indicators.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        if (await db.FindProjectAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.ProjectId == id)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Id)
            .Include(i => i.Values)
            .ToListAsync(ct);
        var inputs = indicators.Select(i => ToInput(i, found.Project.Years)).ToList();
        return View(ViewPath, new IndicatorsForm { Version = found.Version, Indicators = inputs, Project = found.Project });
    }

    [HttpPost("")]
    [FormLimits(ValueCountLimit = 20000)]
    public async Task<IActionResult> Edit(int id, IndicatorsForm form, string? command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await db.FindProjectAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        form.Project = found.Project;
        var grid = GridCommand.Parse(command);
        if (!grid.IsSave)
        {
            grid.ApplyTo(form.Indicators, () => new IndicatorInput());
            ModelState.Clear();
            return View(ViewPath, form);
        }

        for (var i = 0; i < form.Indicators.Count; i++)
        {
            GridErrors.Add(ModelState, $"Indicators[{i}].", form.Indicators[i].CheckTyped());
        }

        if (!ModelState.IsValid)
        {
            return View(ViewPath, form);
        }

        var project = await db.Projects.Include(p => p.Indicators).ThenInclude(i => i.Values).SingleAsync(p => p.Id == id, ct);
        db.ExpectVersion(project, form.Version, clock.GetUtcNow());
        ApplyIndicators(project, form.Indicators, found.Project.Years);
        if (!await db.TrySaveAsync(ModelState, ct))
        {
            return View(ViewPath, form);
        }

        TempData["Message"] = "Показатели сохранены.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    private static IndicatorInput ToInput(Indicator indicator, IReadOnlyList<int> years) => new()
    {
        Id = indicator.Id,
        Name = indicator.Name,
        Unit = indicator.Unit,
        UnitInName = indicator.UnitInName,
        Cumulative = indicator.Cumulative,
        Type = indicator.Type,
        BaselineText = indicator.BaselineText,
        BaselineDate = RussianDate.Format(indicator.BaselineDate),
        Values = years.ToDictionary(year => year, year => indicator.Values.FirstOrDefault(v => v.Year == year)?.PlannedText),
        MethodFormula = indicator.MethodFormula,
        MethodBaseIndicators = indicator.MethodBaseIndicators,
        DataSource = indicator.DataSource,
        Collector = indicator.Collector,
        AggregationLevel = indicator.AggregationLevel,
        Periodicity = indicator.Periodicity,
        AdditionalInfo = indicator.AdditionalInfo,
    };

    /// <summary>Replaces the project's indicators by the form's; values of years outside the period are left as they are.</summary>
    private void ApplyIndicators(Project project, List<IndicatorInput> inputs, IReadOnlyList<int> years)
    {
        var kept = new HashSet<Indicator>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var indicator = project.Indicators.FirstOrDefault(x => input.Id != 0 && x.Id == input.Id);
            if (indicator is null)
            {
                indicator = new Indicator();
                project.Indicators.Add(indicator);
            }

            kept.Add(indicator);
            indicator.SortOrder = i;
            indicator.Name = GridText.Clean(input.Name) ?? "";
            indicator.Unit = GridText.Clean(input.Unit);
            indicator.UnitInName = input.UnitInName;
            indicator.Cumulative = input.Cumulative;
            indicator.Type = input.Type;
            var baseline = GridText.Clean(input.BaselineText);
            if (indicator.BaselineText != baseline)
            {
                indicator.BaselineText = baseline;
                indicator.Baseline = NumberPhrase.Parse(baseline);
            }

            indicator.BaselineDate = RussianDate.Parse(input.BaselineDate).Date;
            indicator.MethodFormula = GridText.Clean(input.MethodFormula);
            indicator.MethodBaseIndicators = GridText.Clean(input.MethodBaseIndicators);
            indicator.DataSource = GridText.Clean(input.DataSource);
            indicator.Collector = GridText.Clean(input.Collector);
            indicator.AggregationLevel = GridText.Clean(input.AggregationLevel);
            indicator.Periodicity = GridText.Clean(input.Periodicity);
            indicator.AdditionalInfo = GridText.Clean(input.AdditionalInfo);
            ApplyValues(indicator, input.Values, years);
        }

        foreach (var removed in project.Indicators.Where(x => !kept.Contains(x)).ToList())
        {
            db.Indicators.Remove(removed);
        }
    }

    private void ApplyValues(Indicator indicator, Dictionary<int, string?> typed, IReadOnlyList<int> years) =>
        CollectionSync.ReplaceYearCells(indicator.Values, typed, years, v => v.Year, v => v.PlannedText,
            (year, text) => new IndicatorValue { Year = year, PlannedText = text, Planned = NumberPhrase.Parse(text) },
            (value, text) => (value.PlannedText, value.Planned) = (text, NumberPhrase.Parse(text)),
            value => db.IndicatorValues.Remove(value));
}
