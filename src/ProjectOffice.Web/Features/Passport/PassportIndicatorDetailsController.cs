using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>One indicator's Annex 2 rows (by organisation) and its actual values.</summary>
[ProjectAccess(Permissions.EditPassport)]
[EditablePassport]
[Route("projects/{id:int}/edit/indicators/{indicatorId:int}")]
public sealed class PassportIndicatorDetailsController(AppDbContext db, TimeProvider clock) : Controller
{
    private const string ViewPath = "/Features/Passport/IndicatorDetails.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Edit(int id, int indicatorId, CancellationToken ct)
    {
        if (await db.FindProjectAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        var indicator = await db.Indicators.AsNoTracking()
            .Include(i => i.Breakdown).ThenInclude(b => b.Values)
            .Include(i => i.Actuals)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == indicatorId && i.ProjectId == id, ct);
        if (indicator is null)
        {
            return NotFound();
        }

        var years = found.Project.Years;
        var form = new IndicatorDetailsForm
        {
            Version = found.Version,
            Rows = indicator.Breakdown.OrderBy(b => b.SortOrder).ThenBy(b => b.Id).Select(b => new BreakdownRowInput
            {
                Id = b.Id,
                Organisation = b.Organisation,
                BaselineText = b.BaselineText,
                BaselineDate = RussianDate.Format(b.BaselineDate),
                Values = years.ToDictionary(year => year, year => b.Values.FirstOrDefault(v => v.Year == year)?.Text),
            }).ToList(),
            Actuals = indicator.Actuals.OrderBy(a => a.Id).Select(a => new ActualInput
            {
                Id = a.Id,
                Year = a.Year,
                PeriodText = a.PeriodText,
                ValueText = a.ValueText,
                ReportedOn = RussianDate.Format(a.ReportedOn),
                Comment = a.Comment,
            }).ToList(),
        };
        await DescribeAsync(form, found.Project, indicator, ct);
        return View(ViewPath, form);
    }

    [HttpPost("")]
    [FormLimits(ValueCountLimit = 20000)]
    public async Task<IActionResult> Edit(int id, int indicatorId, IndicatorDetailsForm form, string? command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await db.FindProjectAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        var project = await db.Projects.SingleAsync(p => p.Id == id, ct);
        var indicator = await db.Indicators
            .Include(i => i.Breakdown).ThenInclude(b => b.Values)
            .Include(i => i.Actuals)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == indicatorId && i.ProjectId == id, ct);
        if (indicator is null)
        {
            return NotFound();
        }

        await DescribeAsync(form, found.Project, indicator, ct);
        var grid = GridCommand.Parse(command);
        if (!grid.IsSave)
        {
            if (grid.Target == "")
            {
                grid.ApplyTo(form.Rows, () => new BreakdownRowInput());
            }
            else if (grid.Target == "actual")
            {
                grid.ApplyTo(form.Actuals, () => new ActualInput());
            }

            ModelState.Clear();
            return View(ViewPath, form);
        }

        for (var i = 0; i < form.Rows.Count; i++)
        {
            GridErrors.Add(ModelState, $"Rows[{i}].", form.Rows[i].CheckTyped());
        }

        for (var i = 0; i < form.Actuals.Count; i++)
        {
            GridErrors.Add(ModelState, $"Actuals[{i}].", form.Actuals[i].CheckTyped());
        }

        if (!ModelState.IsValid)
        {
            return View(ViewPath, form);
        }

        db.ExpectVersion(project, form.Version, clock.GetUtcNow());
        await ApplyRowsAsync(indicator, form.Rows, found.Project.Years, ct);
        ApplyActuals(indicator, form.Actuals);
        if (!await db.TrySaveAsync(ModelState, ct))
        {
            return View(ViewPath, form);
        }

        TempData["Message"] = "Показатель в разрезе организаций и фактические значения сохранены.";
        return RedirectToAction(nameof(Edit), new { id, indicatorId });
    }

    private async Task DescribeAsync(IndicatorDetailsForm form, PassportTablesProject project, Indicator indicator, CancellationToken ct)
    {
        form.Project = project;
        form.IndicatorId = indicator.Id;
        form.IndicatorName = indicator.Name;
        form.IndicatorNumber = 1 + await db.Indicators.CountAsync(
            i => i.ProjectId == project.Id && (i.SortOrder < indicator.SortOrder || (i.SortOrder == indicator.SortOrder && i.Id < indicator.Id)), ct);
    }

    private async Task ApplyRowsAsync(Indicator indicator, List<BreakdownRowInput> inputs, IReadOnlyList<int> years, CancellationToken ct)
    {
        var kept = new HashSet<IndicatorBreakdown>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var row = indicator.Breakdown.FirstOrDefault(b => input.Id != 0 && b.Id == input.Id);
            if (row is null)
            {
                row = new IndicatorBreakdown();
                indicator.Breakdown.Add(row);
            }

            kept.Add(row);
            row.SortOrder = i;
            var organisation = GridText.Clean(input.Organisation) ?? "";
            if (row.Organisation != organisation)
            {
                row.Organisation = organisation;
                row.OrganisationId = await FindOrganisationAsync(organisation, ct);
            }

            var baseline = GridText.Clean(input.BaselineText);
            if (row.BaselineText != baseline)
            {
                row.BaselineText = baseline;
                row.Baseline = NumberPhrase.Parse(baseline);
            }

            row.BaselineDate = RussianDate.Parse(input.BaselineDate).Date;
            ApplyValues(row, input.Values, years);
        }

        foreach (var removed in indicator.Breakdown.Where(b => !kept.Contains(b)).ToList())
        {
            db.IndicatorBreakdowns.Remove(removed);
        }
    }

    /// <summary>The annex names organisations in its own words; link the row to a known one when the words are its name.</summary>
    private Task<int?> FindOrganisationAsync(string text, CancellationToken ct)
    {
        // ILIKE without wildcards: a case-insensitive equality.
        var pattern = LikePattern.Exactly(text);
        return db.Organisations
            .Where(o => EF.Functions.ILike(o.Name, pattern, LikePattern.Escape) || (o.ShortName != null && EF.Functions.ILike(o.ShortName, pattern, LikePattern.Escape)))
            .Select(o => (int?)o.Id)
            .FirstOrDefaultAsync(ct);
    }

    private void ApplyValues(IndicatorBreakdown row, Dictionary<int, string?> typed, IReadOnlyList<int> years) =>
        CollectionSync.ReplaceYearCells(row.Values, typed, years, v => v.Year, v => v.Text,
            (year, text) => new IndicatorBreakdownValue { Year = year, Text = text, Value = NumberPhrase.Parse(text) },
            (value, text) => (value.Text, value.Value) = (text, NumberPhrase.Parse(text)),
            value => db.IndicatorBreakdownValues.Remove(value));

    private void ApplyActuals(Indicator indicator, List<ActualInput> inputs)
    {
        var kept = new HashSet<IndicatorActual>();
        foreach (var input in inputs)
        {
            var actual = indicator.Actuals.FirstOrDefault(a => input.Id != 0 && a.Id == input.Id);
            if (actual is null)
            {
                actual = new IndicatorActual();
                indicator.Actuals.Add(actual);
            }

            kept.Add(actual);
            actual.Year = input.Year;
            actual.PeriodText = GridText.Clean(input.PeriodText);
            var text = GridText.Clean(input.ValueText) ?? "";
            if (actual.ValueText != text)
            {
                actual.ValueText = text;
                actual.Value = NumberPhrase.Parse(text);
            }

            actual.ReportedOn = RussianDate.Parse(input.ReportedOn).Date;
            actual.Comment = GridText.Clean(input.Comment);
        }

        foreach (var removed in indicator.Actuals.Where(a => !kept.Contains(a)).ToList())
        {
            db.IndicatorActuals.Remove(removed);
        }
    }
}
