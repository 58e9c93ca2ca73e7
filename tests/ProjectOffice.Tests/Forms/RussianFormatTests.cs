using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Formatting;

namespace ProjectOffice.Tests.Forms;

public sealed class RussianFormatTests
{
    [Fact]
    public void Signature_dates_read_with_the_month_in_the_genitive()
    {
        Assert.Equal("«30» января 2020 г.", RussianFormat.QuotedDate(new DateOnly(2020, 1, 30)));
        Assert.Equal("«01» февраля 2020 г.", RussianFormat.QuotedDate(new DateOnly(2020, 2, 1)));
        Assert.Equal("1 января 2019 г.", RussianFormat.LongDate(new DateOnly(2019, 1, 1)));
        Assert.Equal("01.02.2020", RussianFormat.Date(new DateOnly(2020, 2, 1)));
    }

    [Theory]
    [InlineData("0.015", "0,015")]
    [InlineData("29310.220", "29 310,220")]
    [InlineData("9.0", "9,0")]
    [InlineData("1234567", "1 234 567")]
    [InlineData("-5.5", "-5,5")]
    public void Numbers_keep_their_decimals_and_group_thousands_with_a_plain_space(string value, string printed)
    {
        Assert.Equal(printed, RussianFormat.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Totals_print_as_number_dash_or_nothing()
    {
        Assert.Equal("0,09", RussianFormat.Total(new BudgetTotal(0.09m, false)));
        Assert.Equal("-", RussianFormat.Total(new BudgetTotal(null, true)));
        Assert.Equal("", RussianFormat.Total(new BudgetTotal(null, false)));
    }
}
