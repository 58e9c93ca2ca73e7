using System.Text.RegularExpressions;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// The heading rows of the printed plan, read back: «1 этап. Подготовительный … (01.02.2020 – 31.08.2020)» and
/// «Задача 1 Формирование …». The number and the stage's dates are derived when printing, so what identifies the
/// heading is the name between them.
/// </summary>
public static partial class PlanHeadingText
{
    /// <summary>The kind (stage or task) and the bare name, or null when the text is not a heading.</summary>
    public static (PlanItemKind Kind, string Name)? TryParse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        var stage = Stage().Match(trimmed);
        if (stage.Success)
        {
            return (PlanItemKind.Stage, StagePeriod().Replace(stage.Groups["name"].Value, "").Trim());
        }

        var task = Task().Match(trimmed);
        return task.Success ? (PlanItemKind.Task, task.Groups["name"].Value.Trim()) : null;
    }

    [GeneratedRegex(@"^\d{1,4}\s*этап\.?(?<name>.*)$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Stage();

    [GeneratedRegex(@"\s*\(\s*\d{2}\.\d{2}\.\d{4}\s*[–—-]\s*\d{2}\.\d{2}\.\d{4}\s*\)\s*$")]
    private static partial Regex StagePeriod();

    [GeneratedRegex(@"^Задача\s*\d{1,4}\.?(?<name>.*)$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Task();
}
