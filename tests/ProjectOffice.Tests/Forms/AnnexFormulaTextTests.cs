using ProjectOffice.Forms.Annexes;

namespace ProjectOffice.Tests.Forms;

public sealed class AnnexFormulaTextTests
{
    [Fact]
    public void Indices_become_sub_and_superscripts_and_commands_their_symbols()
    {
        var parts = FormulaText.Parse("$F_{\\text{кванториум}} = \\sum K_i^2$ где: K_i - численность");

        Assert.Equal(
        [
            new FormulaPart("F", FormulaScript.Normal),
            new FormulaPart("кванториум", FormulaScript.Subscript),
            new FormulaPart(" = ∑ K", FormulaScript.Normal),
            new FormulaPart("i", FormulaScript.Subscript),
            new FormulaPart("2", FormulaScript.Superscript),
            new FormulaPart(" где: K_i - численность", FormulaScript.Normal),
        ], parts);
    }

    [Fact]
    public void Text_without_formulas_or_with_a_lone_dollar_prints_as_typed()
    {
        Assert.Equal([new FormulaPart("Фдод=73, цена 5$ за штуку", FormulaScript.Normal)], FormulaText.Parse("Фдод=73, цена 5$ за штуку"));
        Assert.Empty(FormulaText.Parse(null));
    }

    [Fact]
    public void A_fraction_reads_as_a_division_and_unknown_commands_keep_their_name()
    {
        var text = string.Concat(FormulaText.Parse("$\\frac{A}{B} \\cdot 100\\% \\unknown$").Select(p => p.Text));

        Assert.Equal("(A)/(B) · 100% unknown", text);
    }
}
