using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// A section of the additional materials. Every kind's fields travel with the form (hidden when another kind is chosen),
/// so switching the kind back and forth loses nothing; a table is typed one row per line, cells separated by «|».
/// </summary>
public sealed class MaterialSectionInput
{
    public const string CellSeparator = " | ";

    public int Id { get; set; }

    [Display(Name = "Вид раздела")]
    public SectionKind Kind { get; set; } = SectionKind.Text;

    [Display(Name = "Заголовок (с нумерацией, как в документе)")]
    [Required(ErrorMessage = "Введите заголовок раздела.")]
    [StringLength(1000, ErrorMessage = "Не более 1000 символов.")]
    public string? Title { get; set; }

    [Display(Name = "Текст")]
    [StringLength(100000, ErrorMessage = "Не более 100000 символов.")]
    public string? Body { get; set; }

    [Display(Name = "Заголовки столбцов (через «|»)")]
    [StringLength(20000, ErrorMessage = "Не более 20000 символов.")]
    public string? TableColumns { get; set; }

    [Display(Name = "Строки таблицы (одна строка — одна строка таблицы, ячейки через «|»)")]
    [StringLength(200000, ErrorMessage = "Не более 200000 символов.")]
    public string? TableRows { get; set; }

    public List<FinancingLineInput> Lines { get; set; } = [];

    public static string ColumnsText(IEnumerable<string> columns) => string.Join(CellSeparator, columns);

    public static string RowsText(IEnumerable<IEnumerable<string>> rows) => string.Join("\n", rows.Select(ColumnsText));

    public static List<string> ParseColumns(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split('|').Select(c => c.Trim()).ToList();

    public static List<List<string>> ParseRows(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Where(line => line.Trim().Length > 0)
                .Select(ParseColumns)
                .ToList();
}
