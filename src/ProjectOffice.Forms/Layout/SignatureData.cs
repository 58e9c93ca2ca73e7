using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Formatting;

namespace ProjectOffice.Forms.Layout;

/// <summary>One «СОГЛАСОВАНО» / «УТВЕРЖДАЮ» block as the form prints it.</summary>
public sealed record SignatureData
{
    public required SignatureKind Kind { get; init; }
    public required string Position { get; init; }
    public string? Organisation { get; init; }

    /// <summary>«В.В. Шестаков», as printed.</summary>
    public required string Name { get; init; }
    public DateOnly? Date { get; init; }

    /// <summary>The date as printed, blanks and all; wins over <see cref="Date"/>.</summary>
    public string? DateText { get; init; }

    public string Title => Kind switch
    {
        SignatureKind.Agreed => "СОГЛАСОВАНО",
        SignatureKind.Approved => "УТВЕРЖДАЮ",
        _ => "Руководитель проекта",
    };

    /// <summary>The date line: as printed, else the date, else blanks to fill in by hand.</summary>
    public string DateLine => DateText ?? (Date is { } date ? RussianFormat.QuotedDate(date) : BlankDate);

    public const string BlankDate = "«__» ________ 20__ г.";
}
