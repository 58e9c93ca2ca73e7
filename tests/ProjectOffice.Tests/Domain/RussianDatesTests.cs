using System.Text.RegularExpressions;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Domain;

/// <summary>One date vocabulary: <see cref="DateInput"/> reads dates, <see cref="RussianDates"/> writes them.</summary>
public sealed partial class RussianDatesTests
{
    [Fact]
    public void Dates_print_as_the_forms_have_them()
    {
        Assert.Equal("01.02.2020", RussianDates.Numeric(new DateOnly(2020, 2, 1)));
        Assert.Equal("01.02.2020 – 31.12.2021", RussianDates.Period(new DateOnly(2020, 2, 1), new DateOnly(2021, 12, 31)));
        Assert.Equal("«30» января 2020 г.", RussianDates.Quoted(new DateOnly(2020, 1, 30)));
        Assert.Equal("«01» февраля 2020 г.", RussianDates.Quoted(new DateOnly(2020, 2, 1)));
        Assert.Equal("1 января 2019 г.", RussianDates.Spelled(new DateOnly(2019, 1, 1)));
        Assert.Equal("31 мая 2021 г.", RussianDates.Spelled(new DateOnly(2021, 5, 31)));
    }

    [Fact]
    public void No_source_file_but_the_vocabulary_spells_a_date_pattern()
    {
        var owners = new[] { "DateInput.cs" };
        var copies = SourceTree.Files()
            .Where(file => !owners.Contains(Path.GetFileName(file)))
            .Where(file => DatePattern().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(SourceTree.Root, file))
            .ToList();

        Assert.True(copies.Count == 0, "a date format written outside DateInput/RussianDates: " + string.Join(", ", copies));
    }

    // A .NET date pattern in a string: "dd.MM.yyyy", "d MMMM yyyy", "yyyy-MM-dd" (the machine formats of JSON and the
    // command line are ISO and parsed with it too, so they are allowed only in the exchange code that owns them).
    [GeneratedRegex("[\":]dd\\.MM\\.yyyy|[\":]d MMMM yyyy")]
    private static partial Regex DatePattern();
}
