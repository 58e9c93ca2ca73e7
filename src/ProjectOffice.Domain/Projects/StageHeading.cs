using System.Globalization;

namespace ProjectOffice.Domain.Projects;

/// <summary>
/// How every form and page heads a stage: «2 этап. Основной», in the wording the form has for it. The passport, its
/// budget, the budget form, the control events, the plan and the editors all ask here.
/// </summary>
public static class StageHeading
{
    /// <summary>«2 этап.» for the stage at <paramref name="index"/> (0-based) in the passport's order.</summary>
    public static string Number(int index) => string.Create(CultureInfo.InvariantCulture, $"{index + 1} этап.");

    /// <summary>The stage's name as the first of <paramref name="forms"/> that has its own wording prints it, else its name.</summary>
    public static string Name(Stage stage, params FormKind[] forms)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(forms);
        return forms.Select(form => stage.PrintedNames.FirstOrDefault(v => v.Form == form)?.Text).FirstOrDefault(text => text is not null)
            ?? stage.Name;
    }

    /// <summary>«2 этап. Основной».</summary>
    public static string Title(int index, string name) => Number(index) + " " + name;

    /// <summary>«2 этап. Основной», worded as <see cref="Name"/> picks.</summary>
    public static string Title(int index, Stage stage, params FormKind[] forms) => Title(index, Name(stage, forms));

    /// <summary>«2 этап. Основной (01.09.2020 – 31.12.2021)»: the plan's and the control events' heading.</summary>
    public static string WithPeriod(string number, string name, DateOnly start, DateOnly end) =>
        $"{number} {name} ({RussianDates.Period(start, end)})";
}
