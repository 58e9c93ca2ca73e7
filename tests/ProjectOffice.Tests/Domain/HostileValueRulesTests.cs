using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Practices;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Tests.Domain;

/// <summary>Numbers too large for their columns and file names too long for theirs get a message or a safe value, never an overflow.</summary>
public sealed class HostileValueRulesTests
{
    [Theory]
    [InlineData("12345678901234567")]
    [InlineData("Не менее 100000000000000")]
    [InlineData("99 999 999 999 999 999,5")]
    public void Numbers_over_fourteen_digits_are_too_large(string text)
    {
        Assert.Equal(NumberPhrase.TooLargeMessage, NumberPhrase.SizeError(text));
        Assert.Null(NumberPhrase.Parse(text));
    }

    [Theory]
    [InlineData("99999999999999,9999")]
    [InlineData("0,5")]
    [InlineData("Не менее 5")]
    [InlineData("0000000000000000001")]
    public void Numbers_that_fit_are_kept(string text)
    {
        Assert.Null(NumberPhrase.SizeError(text));
        Assert.NotNull(NumberPhrase.Parse(text));
    }

    [Fact]
    public void The_budget_rule_refuses_a_seventeen_digit_sum_and_a_negative_one()
    {
        Assert.Equal(NumberPhrase.TooLargeMessage, BudgetAmountText.Error("9999999999999999"));
        Assert.Equal(BudgetAmountText.NegativeMessage, BudgetAmountText.Error("-5"));
        Assert.Null(BudgetAmountText.Error("29 310,220"));
    }

    [Fact]
    public void A_practice_cost_over_a_trillion_thousand_rubles_is_no_amount()
    {
        Assert.Null(ThousandRubles.Parse("12345678901234567"));
        Assert.Equal(ThousandRubles.FormatMessage, PracticeRules.CheckAmount("12345678901234567"));
    }

    [Fact]
    public void An_evidence_name_with_a_300_character_extension_is_shortened_and_then_refused_by_type()
    {
        var name = EvidenceFileTypes.CleanFileName("a." + new string('b', 300));

        Assert.Equal(255, name.Length);
        Assert.Null(EvidenceFileTypes.Check(name, 10, "%PDF-1.7"u8, out var error));
        Assert.StartsWith("Файлы этого типа не принимаются", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_evidence_name_keeps_its_extension_and_loses_lone_surrogates()
    {
        var name = EvidenceFileTypes.CleanFileName(new string('я', 300) + "\ud800.pdf");

        Assert.Equal(255, name.Length);
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
        Assert.DoesNotContain(name, char.IsSurrogate);
    }
}
