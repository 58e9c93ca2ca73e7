namespace ProjectOffice.Web.Features.Practices;

/// <summary>How a table cell is typed, shown and checked.</summary>
public enum PracticeColumnKind
{
    /// <summary>One line of text.</summary>
    Line,

    /// <summary>Several lines; line breaks are kept as the form prints them.</summary>
    Lines,

    /// <summary>Paragraphs and «- » lists (RichText markup).</summary>
    Rich,

    /// <summary>A value as typed («5 300», «Не менее 5»), the number it holds kept beside it.</summary>
    Phrase,

    /// <summary>Thousand rubles, up to three decimals.</summary>
    Amount,
    Url,
    Email,
}
