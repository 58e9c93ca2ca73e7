namespace ProjectOffice.Domain.Projects;

public sealed class IndicatorBreakdownValue
{
    public int Id { get; set; }
    public int BreakdownId { get; set; }
    public int Year { get; set; }
    public string? Text { get; set; }
    public decimal? Value { get; set; }
}
