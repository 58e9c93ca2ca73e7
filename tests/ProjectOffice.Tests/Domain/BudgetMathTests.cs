using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Tests.Domain;

public sealed class BudgetMathTests
{
    [Theory]
    [InlineData("0,015", "0.015")]
    [InlineData("9,0", "9.0")]
    [InlineData("0", "0")]
    [InlineData(" 12 ", "12")]
    [InlineData("29 310,220", "29310.220")]
    [InlineData("29\u00a0310,220", "29310.220")]
    [InlineData("1 000 000", "1000000")]
    public void A_typed_amount_is_read_as_million_rubles(string typed, string expected)
    {
        var parsed = BudgetMath.Parse(typed);

        Assert.True(parsed.IsValid);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData(" - ")]
    public void A_dash_means_no_funding_and_has_no_number(string typed)
    {
        var parsed = BudgetMath.Parse(typed);

        Assert.True(parsed is { IsValid: true, IsDash: true, Value: null });
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_cell_holds_no_amount(string? typed) => Assert.True(BudgetMath.Parse(typed).IsEmpty);

    [Theory]
    [InlineData("abc", BudgetMath.InvalidAmountMessage)]
    [InlineData("1,5 млн", BudgetMath.InvalidAmountMessage)]
    [InlineData("0.015", BudgetMath.InvalidAmountMessage)]
    [InlineData("29 31,220", BudgetMath.InvalidAmountMessage)]
    [InlineData("1,2345", BudgetMath.TooManyDecimalsMessage)]
    [InlineData("-5", BudgetMath.NegativeMessage)]
    [InlineData("-0,015", BudgetMath.NegativeMessage)]
    public void Anything_else_is_refused_with_a_russian_message(string typed, string message) =>
        Assert.Equal(message, BudgetMath.Parse(typed).Error);

    [Fact]
    public void Six_times_fifteen_thousand_rubles_total_0_09() =>
        Assert.Equal("0,09", BudgetMath.Total(Enumerable.Repeat("0,015", 6)));

    [Fact]
    public void A_total_keeps_the_first_decimal_of_its_inputs() =>
        Assert.Equal("9,0", BudgetMath.Total(["9,0", "0", "0", "0"]));

    [Fact]
    public void A_total_of_integers_has_no_decimals() => Assert.Equal("12", BudgetMath.Total(["5", "7"]));

    [Fact]
    public void Dashes_count_as_nothing_beside_numbers() => Assert.Equal("0,03", BudgetMath.Total(["-", "0,015", "-", "0,015"]));

    [Fact]
    public void A_total_of_dashes_only_is_a_dash() => Assert.Equal("-", BudgetMath.Total(["-", "-", null, ""]));

    [Fact]
    public void A_total_of_nothing_is_empty() => Assert.Equal("", BudgetMath.Total([null, "", " "]));

    [Fact]
    public void Thousands_are_separated_by_a_space() => Assert.Equal("29 319,22", BudgetMath.Total(["29 310,220", "9,0"]));

    [Fact]
    public void The_seed_financing_table_totals_are_reproduced() =>
        Assert.Equal("9,115", BudgetMath.Total(["0,015", "0,025", "0,015", "0,015", "0,015", "0,015", "0,015", "9,0"]));

    [Fact]
    public void Several_amounts_of_one_cell_are_one_per_line() =>
        Assert.Equal(["0,025", "0,015"], BudgetMath.SplitCell("0,025\r\n 0,015 \n\n"));
}
