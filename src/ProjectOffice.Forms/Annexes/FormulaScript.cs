namespace ProjectOffice.Forms.Annexes;

public enum FormulaScript
{
    Normal = 0,
    Subscript = 1,
    Superscript = 2,
}
