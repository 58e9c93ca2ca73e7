using System.Globalization;
using System.Text.RegularExpressions;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// An item number as the printed plan writes it in «№ п/п»: «1.», «1.1», «1.1.1». Read back from a spreadsheet, where
/// a person may type «1» for «1.» (or Excel may have turned «1.» into the number 1), so the trailing dot is optional.
/// </summary>
public sealed partial record PlanRowNumber(IReadOnlyList<int> Parts)
{
    /// <summary>«1.» for a single part (results, municipal events), «1.1» and «1.1.1» for more, as PlanNumbering prints them.</summary>
    public string Text => Parts.Count == 1 ? Number(Parts[0]) + "." : string.Join(".", Parts.Select(Number));

    /// <summary>«1.1» for «1.1.1»; null for a single part.</summary>
    public PlanRowNumber? Parent => Parts.Count > 1 ? new PlanRowNumber(Parts.Take(Parts.Count - 1).ToList()) : null;

    public static PlanRowNumber? TryParse(string? text)
    {
        var match = Shape().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return null;
        }

        var parts = match.Groups["n"].Value.Split('.').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        return parts.Any(p => p == 0) ? null : new PlanRowNumber(parts);
    }

    public bool Equals(PlanRowNumber? other) => other is not null && Parts.SequenceEqual(other.Parts);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Text;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<n>\d{1,4}(?:\.\d{1,4}){0,7})\.?$")]
    private static partial Regex Shape();
}
