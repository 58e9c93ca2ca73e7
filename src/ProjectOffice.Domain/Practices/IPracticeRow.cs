namespace ProjectOffice.Domain.Practices;

/// <summary>A row of one of the practice passport's tables: identified by Id, ordered by SortOrder (0..n-1).</summary>
public interface IPracticeRow
{
    int Id { get; }
    int SortOrder { get; set; }
}
