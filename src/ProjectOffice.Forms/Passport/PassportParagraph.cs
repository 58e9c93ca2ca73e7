namespace ProjectOffice.Forms.Passport;

/// <summary>One paragraph of a passport cell: plain, an underlined heading («Внешние риски:»), or a «- » list line.</summary>
public sealed record PassportParagraph(string Text, PassportParagraphStyle Style = PassportParagraphStyle.Plain)
{
    /// <summary>The paragraph as one line of a spreadsheet cell.</summary>
    public string PlainText => Style == PassportParagraphStyle.Dash ? "- " + Text : Text;
}
