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
}
