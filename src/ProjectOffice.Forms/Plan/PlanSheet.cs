using ClosedXML.Excel;

namespace ProjectOffice.Forms.Plan;

/// <summary>
/// The plan table of an uploaded workbook (<see cref="PlanXlsxReader"/>): its rows in sheet order, the planned years of
/// a municipal plan that plans per year, and the problems that stop it from being read.
/// </summary>
public sealed record PlanSheet
{
    public required bool National { get; init; }
    public IReadOnlyList<int> Years { get; init; } = [];
    public IReadOnlyList<PlanSheetRow> Rows { get; init; } = [];
    public IReadOnlyList<PlanSheetProblem> Problems { get; init; } = [];

    // Column letters of the fields, as PlanXlsx lays them out.
    public static string NumberColumn => "A";
    public static string NameColumn => "B";
    public static string StartColumn => "C";
    public static string EndColumn => "D";
    public static string IndicatorColumn => "E";
    public static string DocumentColumn => "F";
    public static string LevelColumn => "G";

    /// <summary>The first «Плановое значение» column (F), or the column of the i-th year.</summary>
    public static string ValueColumn(int year = 0) => XLHelper.GetColumnLetterFromNumber(6 + year);

    public string ResponsibleColumn() => National ? "E" : XLHelper.GetColumnLetterFromNumber(6 + Math.Max(1, Years.Count));
}
