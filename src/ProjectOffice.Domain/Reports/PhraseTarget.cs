using System.Text.RegularExpressions;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Reports;

/// <summary>
/// A planned value as the passport types it («Не менее 5», «не более 2 %», «100»): its one number (parsed by
/// <see cref="NumberPhrase"/>, as the passport does) and what it asks of the actual.
/// </summary>
public sealed partial record PhraseTarget(TargetQualifier Qualifier, decimal Value)
{
    /// <summary>The target a phrase states, or null when it holds no single number («-», «по плану»).</summary>
    public static PhraseTarget? Parse(string? text)
    {
        if (NumberPhrase.Parse(text) is not { } value)
        {
            return null;
        }

        var qualifier = AtMost().IsMatch(text!) ? TargetQualifier.AtMost
            : AtLeast().IsMatch(text!) ? TargetQualifier.AtLeast
            : TargetQualifier.Exact;
        return new PhraseTarget(qualifier, value);
    }

    [GeneratedRegex(@"не\s+менее|не\s+ниже|не\s+меньше|от\s+\d|≥|>=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtLeast();

    [GeneratedRegex(@"не\s+более|не\s+выше|не\s+больше|до\s+\d|≤|<=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtMost();
}
