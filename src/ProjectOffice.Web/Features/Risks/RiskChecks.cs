using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using ProjectOffice.Domain.Risks;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Risks;

/// <summary>
/// The rules a risk or problem form can only be checked against its project with: the scale of the office's matrix,
/// the project's period, its team, its plan. Each refusal goes next to its field; nothing is saved while any stands.
/// </summary>
public static class RiskChecks
{
    public static void Check(RiskForm form, ProjectHeader project, RiskChoices choices, RiskMatrix matrix, ModelStateDictionary state)
    {
        void Add(string field, string? error)
        {
            if (error is not null)
            {
                state.AddModelError("Form." + field, error);
            }
        }

        if (form.Probability is { } probability)
        {
            Add(nameof(form.Probability), RiskRules.MarkError(probability, matrix, "Вероятность"));
        }

        if (form.Impact is { } impact)
        {
            Add(nameof(form.Impact), RiskRules.MarkError(impact, matrix, "Влияние"));
        }

        Add(nameof(form.ReviewDate), RiskRules.ReviewDateError(form.Review, project.Period));
        Add(nameof(form.OwnerPersonId), RiskRules.OwnerError(form.OwnerPersonId, choices.TeamIds, "Владелец риска"));
        var links = choices.Links.Select(l => l.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var (row, i) in form.Measures.Select((m, i) => (m, i)))
        {
            if (!string.IsNullOrEmpty(row.Link) && !links.Contains(row.Link))
            {
                Add($"{nameof(form.Measures)}[{i}].{nameof(row.Link)}", row.Link.StartsWith(MeasureInput.EventPrefix, StringComparison.Ordinal)
                    ? "Мера может ссылаться только на контрольное событие этого проекта."
                    : "Мера может ссылаться только на мероприятие плана этого проекта.");
            }
        }
    }

    public static void Check(ProblemForm form, RiskChoices choices, ModelStateDictionary state)
    {
        if (RiskRules.OwnerError(form.ResponsiblePersonId, choices.TeamIds, "Ответственный") is { } owner)
        {
            state.AddModelError("Form." + nameof(form.ResponsiblePersonId), owner);
        }

        if (form.RiskId is { } riskId && !choices.Risks.Any(r => r.Value == riskId.ToString(CultureInfo.InvariantCulture)))
        {
            state.AddModelError("Form." + nameof(form.RiskId), "Выберите риск этого проекта.");
        }
    }

    /// <summary>The measure rows as entities: empty rows dropped, links parsed (checked before).</summary>
    public static List<RiskMeasure> Measures(RiskForm form) =>
        form.Measures.Where(m => !m.IsEmpty).Select((m, i) => new RiskMeasure
        {
            Text = m.Text!.Trim(),
            PlanItemId = Id(m.Link, MeasureInput.PlanPrefix),
            ControlEventId = Id(m.Link, MeasureInput.EventPrefix),
            SortOrder = i,
        }).ToList();

    private static int? Id(string? link, string prefix) =>
        link is not null && link.StartsWith(prefix, StringComparison.Ordinal)
        && int.TryParse(link.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
