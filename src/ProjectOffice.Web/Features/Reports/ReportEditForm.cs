using Microsoft.AspNetCore.Mvc.ModelBinding;
using ProjectOffice.Domain.Reports;

namespace ProjectOffice.Web.Features.Reports;

/// <summary>What the leader types into a draft report; posted whole, so a refused save shows everything typed.</summary>
public sealed class ReportEditForm
{
    /// <summary>The report's Version as the page showed it (0 while the report is not saved yet).</summary>
    public uint Version { get; set; }
    public List<EventNoteInput> Events { get; set; } = [];
    public List<IndicatorInput> Indicators { get; set; } = [];
    public List<BudgetInput> Budget { get; set; } = [];
    public string? Risks { get; set; }
    public string? Proposals { get; set; }

    /// <summary>«Сохранить и представить»: save, then submit to the curator when complete.</summary>
    public bool Submit { get; set; }

    /// <summary>What was typed, as the report's content; the text is kept, a number that cannot be taken is an error next to its field.</summary>
    public ReportContent ToContent(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        void AddError(string key, string? error)
        {
            if (error is not null)
            {
                modelState.AddModelError(key, error);
            }
        }

        var content = new ReportContent { Risks = Clean(Risks), Proposals = Clean(Proposals) };
        AddError(nameof(Risks), ReportRules.TextProblem(Risks));
        AddError(nameof(Proposals), ReportRules.TextProblem(Proposals));
        for (var i = 0; i < Events.Count; i++)
        {
            var e = Events[i];
            AddError($"Events[{i}].Explanation", ReportRules.TextProblem(e.Explanation));
            AddError($"Events[{i}].Measures", ReportRules.TextProblem(e.Measures));
            if (Clean(e.Explanation) is not null || Clean(e.Measures) is not null)
            {
                content.Events.Add(new ReportEventNote { ControlEventId = e.ControlEventId, Explanation = Clean(e.Explanation), Measures = Clean(e.Measures) });
            }
        }

        for (var i = 0; i < Indicators.Count; i++)
        {
            var input = Indicators[i];
            AddError($"Indicators[{i}].ActualText", ReportRules.TextProblem(input.ActualText));
            if (Clean(input.ActualText) is not null || Clean(input.ForecastText) is not null)
            {
                content.Indicators.Add(new ReportIndicatorEntry
                {
                    IndicatorId = input.IndicatorId,
                    ActualText = Clean(input.ActualText),
                    Actual = ReportRules.ActualValue(input.ActualText),
                    ForecastText = Clean(input.ForecastText),
                });
            }
        }

        for (var i = 0; i < Budget.Count; i++)
        {
            var input = Budget[i];
            var (value, error) = ReportRules.Executed(input.ExecutedText);
            AddError($"Budget[{i}].ExecutedText", error);
            if (value is not null)
            {
                content.Budget.Add(new ReportBudgetEntry { FundingSourceId = input.FundingSourceId, ExecutedText = Clean(input.ExecutedText), Executed = value });
            }
        }

        return content;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
