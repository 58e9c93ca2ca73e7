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

    [Theory]
    [InlineData("١١.٠٣.٢٠٢١", 2021, 3, 11)]
    [InlineData("１１.０３.２０２１", 2021, 3, 11)]
    [InlineData("１１．０３．２０２１", 2021, 3, 11)]
    [InlineData("۱۱.۰۳.۲۰۲۱", 2021, 3, 11)]
    [InlineData("01.01.1990", 1990, 1, 1)]
    [InlineData("31.12.2100", 2100, 12, 31)]
    [InlineData("2100-12-31", 2100, 12, 31)]
    public void Digits_of_any_script_are_read_and_the_years_1990_to_2100_are_accepted(string text, int year, int month, int day)
    {
        Assert.True(DateInput.TryParse(text, out var date, out var error), error);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31.12.9999")]
    [InlineData("01.01.0001")]
    [InlineData("31.12.1989")]
    [InlineData("01.01.2101")]
    [InlineData("٣١.١٢.٩٩٩٩")]
    public void Dates_outside_the_portal_years_are_refused_naming_the_range(string text)
    {
        Assert.False(DateInput.TryParse(text, out _, out var error));
        Assert.StartsWith("Дата должна лежать в пределах 01.01.1990 – 31.12.2100.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("11.03.2021\0")]
    [InlineData("\ud80011.03.2021")]
    [InlineData("11.03.202١x")]
    public void Control_characters_and_stray_text_are_refused_without_echoing_them(string escaped)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);
        Assert.False(DateInput.TryParse(text, out _, out var error));
        Assert.DoesNotContain(error, c => c == '\0' || char.IsSurrogate(c));
    }

    [Fact]
    public void The_plan_xlsx_reads_dates_by_the_same_rule()
    {
        Assert.True(ProjectOffice.Domain.Plans.RussianDate.TryParse("１１.０３.２０２１", out var date, out _));
        Assert.Equal(new DateOnly(2021, 3, 11), date);
        Assert.False(ProjectOffice.Domain.Plans.RussianDate.TryParse("31.12.9999", out _, out var error));
        Assert.Contains("01.01.1990 – 31.12.2100", error, StringComparison.Ordinal);
    }
}
