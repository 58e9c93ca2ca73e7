using System.Globalization;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Tests.Domain;

public sealed class BudgetAmountTextTests
{
    [Theory]
    [InlineData("0,015", "0.015")]
    [InlineData("9,0", "9.0")]
    [InlineData("0", "0")]
    [InlineData(" 12 ", "12")]
    [InlineData("29 310,220", "29310.220")]
    [InlineData("29\u00a0310,220", "29310.220")]
    [InlineData("1 000 000", "1000000")]
    public void A_typed_amount_is_accepted_and_stored_as_million_rubles(string typed, string expected)
    {
        Assert.Null(BudgetAmountText.Error(typed));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), NumberPhrase.Parse(typed));
    }

    [Theory]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData(" - ")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_dash_or_an_empty_cell_is_accepted_and_has_no_number(string? typed)
    {
        Assert.Null(BudgetAmountText.Error(typed));
        Assert.Null(NumberPhrase.Parse(typed));
    }

    [Theory]
    [InlineData("abc", BudgetAmountText.InvalidAmountMessage)]
    [InlineData("1,5 млн", BudgetAmountText.InvalidAmountMessage)]
    [InlineData("0.015", BudgetAmountText.InvalidAmountMessage)]
    [InlineData("29 31,220", BudgetAmountText.InvalidAmountMessage)]
    [InlineData("1,2345", BudgetAmountText.TooManyDecimalsMessage)]
    [InlineData("-5", BudgetAmountText.NegativeMessage)]
    [InlineData("-0,015", BudgetAmountText.NegativeMessage)]
    public void Anything_else_is_refused_with_a_russian_message(string typed, string message) =>
        Assert.Equal(message, BudgetAmountText.Error(typed));

    [Fact]
    public void Several_amounts_of_one_cell_are_one_per_line() =>
        Assert.Equal(["0,025", "0,015"], BudgetAmountText.SplitCell("0,025\r\n 0,015 \n\n"));
}
