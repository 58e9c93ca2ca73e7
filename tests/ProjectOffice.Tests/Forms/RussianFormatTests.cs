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
}
