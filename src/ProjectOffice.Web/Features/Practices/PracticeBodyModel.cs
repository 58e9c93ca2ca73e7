namespace ProjectOffice.Web.Features.Practices;

/// <summary>The 23 sections as shown on the practice page (with edit links for editors) and in the printed form (without).</summary>
public sealed class PracticeBodyModel
{
    public required PracticeFormData Data { get; init; }
    public bool EditLinks { get; init; }

    public int Id => Data.Practice.Id;
}
