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

    /// <summary>Which of two blocks of one kind this is (<see cref="Domain.Approval.SignatureNote"/>); printed under the date.</summary>
    public string? Note { get; init; }

    public string Title => ProjectLabels.SignatureTitle(Kind);

    /// <summary>The date line: as printed, else the date, else blanks to fill in by hand.</summary>
    public string DateLine => DateText ?? (Date is { } date ? RussianDates.Quoted(date) : BlankDate);

    public const string BlankDate = "«__» ________ 20__ г.";

    /// <summary>
    /// A stored block as the form prints it. A draft is not signed yet: its blocks leave the date to be filled in by
    /// hand, whatever the stored paper gave.
    /// </summary>
    public static SignatureData From(FormSignature signature, bool isDraft, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return new SignatureData
        {
            Kind = signature.Kind,
            Position = signature.PositionText,
            Organisation = signature.OrganisationText,
            Name = signature.NameText,
            Date = isDraft ? null : signature.Date,
            DateText = isDraft ? null : signature.DateText,
            Note = isDraft ? null : note,
        };
    }

    /// <summary>The blocks of one form in printed order, above the title or after the last table.</summary>
    public static IReadOnlyList<SignatureData> Of(IEnumerable<FormSignature> signatures, FormKind form, bool atTop, bool isDraft)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        return signatures.Where(s => s.Form == form && s.AtTop == atTop).OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
            .Select(s => From(s, isDraft)).ToList();
    }
}
