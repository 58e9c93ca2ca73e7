using System.Globalization;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Tests.Domain;

public sealed class BudgetTotalsTests
{
    [Theory]
    [InlineData("9,0|0", "9.0")]
    [InlineData("0,015|0,015|0,015|0,015|0,015|0,015", "0.09")]
    [InlineData("0,025|0,015", "0.04")]
    [InlineData("29 310,220|1", "29311.22")]
    [InlineData("9,000", "9.0")]
    [InlineData("5|4", "9")]
    [InlineData("-|0,015|-", "0.015")]
    public void A_total_is_the_sum_of_the_amounts_it_covers_with_their_scale(string amounts, string sum)
    {
        var total = BudgetTotals.Sum(amounts.Split('|'));

        Assert.False(total.IsDash);
        Assert.Equal(sum, total.Value?.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_total_of_dashes_only_is_a_dash_not_zero()
    {
        var total = BudgetTotals.Sum(["-", "-", "—"]);

        Assert.True(total.IsDash);
        Assert.Null(total.Value);
    }

    [Fact]
    public void A_total_of_nothing_is_empty()
    {
        var total = BudgetTotals.Sum([]);

        Assert.False(total.IsDash);
        Assert.Null(total.Value);
    }
}
