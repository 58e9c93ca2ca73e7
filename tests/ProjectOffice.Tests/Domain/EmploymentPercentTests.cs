using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Tests.Domain;

public sealed class EmploymentPercentTests
{
    [Theory]
    [InlineData("20%", 20)]
    [InlineData("5", 5)]
    [InlineData("12,5 %", 12.5)]
    [InlineData("100%", 100)]
    [InlineData("0", 0)]
    public void A_percentage_is_read_with_or_without_the_sign(string text, decimal expected)
    {
        Assert.True(EmploymentPercent.TryParse(text, out var percent, out _));
        Assert.Equal(expected, percent);
    }

    [Theory]
    [InlineData("двадцать")]
    [InlineData("120%")]
    [InlineData("-5%")]
    [InlineData("20%%")]
    [InlineData("% 20")]
    public void Anything_else_is_refused_with_a_russian_message(string text)
    {
        Assert.False(EmploymentPercent.TryParse(text, out var percent, out var error));
        Assert.Null(percent);
        Assert.Equal(EmploymentPercent.Invalid, error);
    }

    [Fact]
    public void An_empty_field_is_no_value_and_no_error()
    {
        Assert.True(EmploymentPercent.TryParse(" ", out var percent, out var error));
        Assert.Null(percent);
        Assert.Null(error);
    }
}
