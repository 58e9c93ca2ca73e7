namespace ProjectOffice.Web.Features.Passport;

/// <summary>Item 19: the stages in order. Their per-form wordings (PrintedNames) are kept as they are.</summary>
public sealed class StagesForm
{
    public uint Version { get; set; }
    public List<StageRow> Rows { get; set; } = [];
}
