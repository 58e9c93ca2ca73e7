namespace ProjectOffice.Forms.Passport;

public enum PassportParagraphStyle
{
    Plain = 1,

    /// <summary>An underlined heading inside a cell: «Внешние риски:».</summary>
    Heading = 2,

    /// <summary>A list line printed after «- », as the paper lists tasks and risks.</summary>
    Dash = 3,
}
