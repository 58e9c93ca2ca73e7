using System.Globalization;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Tests.Domain;

public sealed class BudgetTotalsTests
{
    [Theory]
    [InlineData(29310.220, "29 310,220")]
    [InlineData(0.015, "0,015")]
    [InlineData(9.0, "9,0")]
    [InlineData(0, "0")]
    [InlineData(1234567.5, "1 234 567,5")]
    [InlineData(-1500.25, "-1 500,25")]
    public void Millions_print_with_a_decimal_comma_and_thousands_split_by_a_space(decimal millions, string printed)
    {
        // InlineData cannot carry a decimal's scale: parse the wanted text back to get it.
        var value = NumberPhrase.Parse(printed)!.Value;

        Assert.Equal(millions, value);
        Assert.Equal(printed, BudgetTotals.Format(value));
    }

    [Theory]
    [InlineData("9,03", "9,015", "Итог введён вручную: 9,03; сумма строк 9,015")]
    [InlineData("9,23", "", "Итог введён вручную: 9,23; сумма строк 0")]
    [InlineData("-", "0,5", "Итог введён вручную: -; сумма строк 0,5")]
    [InlineData("9,0", "9", null)]
    [InlineData("0", "-", null)]
    [InlineData("", "9,015", null)]
    [InlineData(null, "9,015", null)]
    public void A_typed_total_that_is_not_the_sum_of_its_rows_is_named_with_both_figures(string? typed, string rows, string? warning) =>
        Assert.Equal(warning, BudgetTotals.Disagreement(typed, BudgetTotals.Sum([rows])));

    [Fact]
    public void A_total_sums_the_typed_amounts() =>
        Assert.Equal("9,015", BudgetTotals.Total(["9,0", "0,015", "0"]));

    [Fact]
    public void A_total_keeps_the_scale_of_its_inputs_but_drops_trailing_zeros_past_the_first_decimal()
    {
        Assert.Equal("0,09", BudgetTotals.Total(Enumerable.Repeat("0,015", 6)));
        Assert.Equal("9,0", BudgetTotals.Total(["9,0", "0"]));
        Assert.Equal("0", BudgetTotals.Total(["0", "0", "0"]));
        Assert.Equal("29 310,22", BudgetTotals.Total(["29 310,220"]));
    }

    [Fact]
    public void Dashes_count_as_nothing_next_to_numbers() =>
        Assert.Equal("1,5", BudgetTotals.Total(["-", "1,5", "-"]));

    [Fact]
    public void A_total_of_dashes_only_is_a_dash() =>
        Assert.Equal("-", BudgetTotals.Total(["-", "-", "—"]));

    [Fact]
    public void A_total_that_covers_no_amount_is_empty() =>
        Assert.Equal("", BudgetTotals.Total(Array.Empty<string>()));

    [Fact]
    public void Several_values_typed_in_one_cell_are_summed_as_separate_amounts() =>
        Assert.Equal("0,07", BudgetTotals.Total(["0,015", "0,025", "0,015", "0,015"]));

    [Fact]
    public void Amounts_with_a_thousands_separator_are_summed() =>
        Assert.Equal("3 000,5", BudgetTotals.Total(["1 000", "2\u00a0000,5"]));

    [Theory]
    [InlineData("9,0|0", "9.0")]
    [InlineData("0,015|0,015|0,015|0,015|0,015|0,015", "0.09")]
    [InlineData("29 310,220|1", "29311.22")]
    [InlineData("5|4", "9")]
    [InlineData("-|0,015|-", "0.015")]
    public void A_total_as_a_number_carries_the_scale_it_prints_with(string amounts, string sum) =>
        Assert.Equal(sum, BudgetTotals.Sum(amounts.Split('|')).Value?.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void A_total_of_dashes_only_is_no_number() =>
        Assert.Equal(new BudgetTotal(null, IsDash: true), BudgetTotals.Sum(["-", "—"]));

    // The budget editor's «Всего» cells are these totals too (it used to have its own).
    [Fact]
    public void A_total_of_integers_has_no_decimals() => Assert.Equal("12", BudgetTotals.Total(["5", "7"]));

    [Fact]
    public void Empty_cells_count_as_nothing() => Assert.Equal("-", BudgetTotals.Total(["-", "-", null, ""]));

    [Fact]
    public void Thousands_are_separated_by_a_space_in_a_sum() => Assert.Equal("29 319,22", BudgetTotals.Total(["29 310,220", "9,0"]));

    [Fact]
    public void The_seed_financing_table_totals_are_reproduced() =>
        Assert.Equal("9,115", BudgetTotals.Total(["0,015", "0,025", "0,015", "0,015", "0,015", "0,015", "0,015", "9,0"]));
}
