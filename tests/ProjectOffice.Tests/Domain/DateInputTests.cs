using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Tests.Domain;

public sealed class DateInputTests
{
    [Theory]
    [InlineData("01.02.2020", 2020, 2, 1)]
    [InlineData(" 29.02.2024 ", 2024, 2, 29)]
    [InlineData("2021-06-30", 2021, 6, 30)]
    public void Real_dates_are_read_in_russian_or_iso_form(string text, int year, int month, int day)
    {
        Assert.True(DateInput.TryParse(text, out var date, out var error));
        Assert.Equal(new DateOnly(year, month, day), date);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("31.06.2021")]
    [InlineData("29.02.2021")]
    [InlineData("00.01.2020")]
    [InlineData("15.13.2020")]
    [InlineData("2021-06-31")]
    public void Impossible_dates_are_refused_saying_there_is_no_such_date(string text)
    {
        Assert.False(DateInput.TryParse(text, out _, out var error));
        Assert.Equal($"Такой даты нет: {text}.", error);
    }

    [Theory]
    [InlineData("1.2.2020")]
    [InlineData("завтра")]
    [InlineData("01/02/2020")]
    public void Text_that_is_not_a_date_is_refused_with_the_expected_form(string text)
    {
        Assert.False(DateInput.TryParse(text, out _, out var error));
        Assert.Contains("дд.мм.гггг", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_date_asks_for_one()
    {
        Assert.False(DateInput.TryParse("  ", out _, out var error));
        Assert.Equal(DateInput.Required, error);
    }

    [Fact]
    public void Dates_are_shown_day_first() => Assert.Equal("01.02.2020", DateInput.Format(new DateOnly(2020, 2, 1)));
}
