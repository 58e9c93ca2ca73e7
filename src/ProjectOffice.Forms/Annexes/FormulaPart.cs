namespace ProjectOffice.Forms.Annexes;

/// <summary>A run of a calculation method's text, on the line or as a sub- or superscript.</summary>
public sealed record FormulaPart(string Text, FormulaScript Script);
