using ProjectOffice.Domain.Practices;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>A column of an editable practice table: its caption in the editor, how it is typed, whether it must be filled.</summary>
public sealed record PracticeColumn(string Caption, PracticeColumnKind Kind, bool Required = false, int MaxLength = PracticeRules.CellLength, string? Hint = null)
{
    /// <summary>Null when the typed (normalised) value fits the column, else the Russian message shown next to the cell.</summary>
    public string? Check(string? value)
    {
        if (value is null)
        {
            return Required ? $"Заполните поле «{Caption}»." : null;
        }

        if (value.Length > MaxLength)
        {
            return $"Не более {MaxLength} символов.";
        }

        return Kind switch
        {
            PracticeColumnKind.Amount => PracticeRules.CheckAmount(value),
            PracticeColumnKind.Phrase => NumberPhrase.SizeError(value),
            PracticeColumnKind.Url => PracticeRules.CheckUrl(value),
            PracticeColumnKind.Email => PracticeRules.CheckEmail(value),
            _ => null,
        };
    }

    /// <summary>The value as stored: line ends and blank edges normalised; rich text in its canonical markup.</summary>
    public string? Normalise(string? value)
    {
        if (Kind == PracticeColumnKind.Rich)
        {
            return PracticeRules.CanonicalRichText(value);
        }

        var text = PracticeRules.NormaliseText(value);
        return Kind == PracticeColumnKind.Line ? text?.Replace('\n', ' ') : text;
    }
}
