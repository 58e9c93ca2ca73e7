using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Layout;

namespace ProjectOffice.Forms.Passport;

/// <summary>Everything «Паспорт проекта» prints, in printed order; exactly one of the two layouts is filled.</summary>
public sealed record PassportFormData
{
    /// <summary>«Инженерный кластер», printed in quotes in the title.</summary>
    public required string ProjectName { get; init; }

    public required ProjectLayout Layout { get; init; }

    /// <summary>Not approved yet: printed «ПРОЕКТ», signature blocks without their dates.</summary>
    public required bool IsDraft { get; init; }

    /// <summary>The date of the passport's «УТВЕРЖДАЮ», when known.</summary>
    public DateOnly? ApprovedOn { get; init; }

    /// <summary>The approved version whose text this is (<see cref="Catalogue.PrintedProject.PassportVersion"/>), named in the file name.</summary>
    public int? Version { get; init; }

    /// <summary>«СОГЛАСОВАНО» / «УТВЕРЖДАЮ» above the title.</summary>
    public required IReadOnlyList<SignatureData> TopSignatures { get; init; }

    /// <summary>The project leader's signature under the passport («Руководитель проекта … (должность) … (подпись, Ф.И.О.)»).</summary>
    public required IReadOnlyList<SignatureData> LeaderSignatures { get; init; }

    /// <summary>«СОГЛАСОВАНО» / «УТВЕРЖДАЮ» after the last table.</summary>
    public required IReadOnlyList<SignatureData> BottomSignatures { get; init; }

    public MunicipalPassport? Municipal { get; init; }
    public NationalPassport? National { get; init; }

    /// <summary>«Паспорт проекта Инженерный кластер»: what the file is.</summary>
    public string Title => National is { } national
        ? $"Паспорт {national.LevelGenitive} {ProjectName}"
        : $"Паспорт проекта {ProjectName}";
}
