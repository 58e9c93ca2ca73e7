using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Tests.Domain;

/// <summary>Deadline phrases as offices type them (seeds 000–002 and the roadmaps of issue 15) read into intervals.</summary>
public sealed class DeadlinePhraseTests
{
    // The project period recurring phrases and «весь период» are read within.
    private static readonly DateRange Period = new(new DateOnly(2019, 1, 1), new DateOnly(2021, 12, 31));

    [Theory]
    // exact dates, odd spacing, «г.» and two-digit years
    [InlineData("12.05.2019", "2019-05-12", "2019-05-12")]
    [InlineData("12.05. 2019", "2019-05-12", "2019-05-12")]
    [InlineData("12 .05 .2019", "2019-05-12", "2019-05-12")]
    [InlineData(" 31.12.2021 г. ", "2021-12-31", "2021-12-31")]
    [InlineData("01.09.20", "2020-09-01", "2020-09-01")]
    [InlineData("15 марта 2019 года", "2019-03-15", "2019-03-15")]
    [InlineData("1 сентября 2020 г.", "2020-09-01", "2020-09-01")]
    [InlineData("29.02.2020", "2020-02-29", "2020-02-29")]
    // months, capitalised, with «года», in the prepositional case
    [InlineData("ноябрь 2019", "2019-11-01", "2019-11-30")]
    [InlineData("Сентябрь 2020", "2020-09-01", "2020-09-30")]
    [InlineData("декабрь 2017", "2017-12-01", "2017-12-31")]
    [InlineData("Февраль 2020 г.", "2020-02-01", "2020-02-29")]
    [InlineData("май 2021 года", "2021-05-01", "2021-05-31")]
    [InlineData("в марте 2020 года", "2020-03-01", "2020-03-31")]
    [InlineData("ИЮНЬ  2021", "2021-06-01", "2021-06-30")]
    [InlineData("в течение мая 2020 г.", "2020-05-01", "2020-05-31")]
    // ranges, across years, years taken from the end
    [InlineData("с 15 марта по 30.06.2019", "2019-03-15", "2019-06-30")]
    [InlineData("с 15.01.2018 по 25.03.2018", "2018-01-15", "2018-03-25")]
    [InlineData("с 1 ноября по 28 февраля 2020", "2019-11-01", "2020-02-28")]
    [InlineData("с 01.11.2019 г. по 31.03.2020 г.", "2019-11-01", "2020-03-31")]
    [InlineData("01.09.2019 – 31.05.2020", "2019-09-01", "2020-05-31")]
    [InlineData("январь - март 2020", "2020-01-01", "2020-03-31")]
    [InlineData("декабрь 2019 – январь 2020", "2019-12-01", "2020-01-31")]
    [InlineData("2019-2021 гг.", "2019-01-01", "2021-12-31")]
    [InlineData("2019 – 2021 годы", "2019-01-01", "2021-12-31")]
    [InlineData("с 2020 по 2022 год", "2020-01-01", "2022-12-31")]
    [InlineData("в период с 01.06.2020 по 31.08.2020", "2020-06-01", "2020-08-31")]
    [InlineData("с сентября 2020 по май 2021", "2020-09-01", "2021-05-31")]
    // years
    [InlineData("в течение 2020 года", "2020-01-01", "2020-12-31")]
    [InlineData("В течение 2021 г.", "2021-01-01", "2021-12-31")]
    [InlineData("2022 год", "2022-01-01", "2022-12-31")]
    [InlineData("в 2020 году", "2020-01-01", "2020-12-31")]
    [InlineData("2021", "2021-01-01", "2021-12-31")]
    // quarters and half-years
    [InlineData("II квартал 2021", "2021-04-01", "2021-06-30")]
    [InlineData("2 кв. 2021", "2021-04-01", "2021-06-30")]
    [InlineData("IV квартал 2020 года", "2020-10-01", "2020-12-31")]
    [InlineData("в I квартале 2020 г.", "2020-01-01", "2020-03-31")]
    [InlineData("3 квартал 2019", "2019-07-01", "2019-09-30")]
    [InlineData("1 полугодие 2020", "2020-01-01", "2020-06-30")]
    [InlineData("II полугодие 2021 года", "2021-07-01", "2021-12-31")]
    [InlineData("второе полугодие 2020", "2020-07-01", "2020-12-31")]
    [InlineData("2-е полугодие 2019 г.", "2019-07-01", "2019-12-31")]
    [InlineData("II-III квартал 2021", null, null)]
    // «до …»: the end as a point
    [InlineData("до 01.07.2020", "2020-07-01", "2020-07-01")]
    [InlineData("до 1 июля 2020 г.", "2020-07-01", "2020-07-01")]
    [InlineData("до конца 2020 года", "2020-12-31", "2020-12-31")]
    [InlineData("не позднее IV квартала 2021", "2021-12-31", "2021-12-31")]
    [InlineData("до конца II квартала 2021 г.", "2021-06-30", "2021-06-30")]
    // the whole period
    [InlineData("постоянно", "2019-01-01", "2021-12-31")]
    [InlineData("в течение срока реализации проекта", "2019-01-01", "2021-12-31")]
    public void A_phrase_is_read_as_an_interval(string phrase, string? start, string? end)
    {
        var interval = DeadlinePhrase.Parse(phrase, Period);
        if (start is null)
        {
            Assert.Null(interval);
            return;
        }

        Assert.NotNull(interval);
        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end!, System.Globalization.CultureInfo.InvariantCulture)), (interval.Start, interval.End));
        Assert.False(interval.IsRecurring);
    }

    [Theory]
    [InlineData("ежемесячно до 5 числа", 36, "2019-01-05", "2021-12-05")]
    [InlineData("Ежемесячно, до 5 числа месяца, следующего за отчетным", 36, "2019-02-05", "2022-01-05")]
    [InlineData("ежемесячно", 36, "2019-01-31", "2021-12-31")]
    [InlineData("ежеквартально", 12, "2019-03-31", "2021-12-31")]
    [InlineData("ежеквартально до 10 числа месяца, следующего за отчетным кварталом", 12, "2019-04-10", "2022-01-10")]
    [InlineData("ежегодно до 1 февраля", 3, "2019-02-01", "2021-02-01")]
    [InlineData("ежегодно до 20 января года, следующего за отчетным", 3, "2020-01-20", "2022-01-20")]
    [InlineData("ежегодно", 3, "2019-12-31", "2021-12-31")]
    [InlineData("31.12.2019 (далее ежегодно)", 3, "2019-12-31", "2021-12-31")]
    [InlineData("01.04.2019 (далее ежегодно до 2020 г.)", 2, "2019-04-01", "2020-04-01")]
    public void A_recurring_phrase_gives_report_dates_within_the_period(string phrase, int count, string first, string last)
    {
        var interval = DeadlinePhrase.Parse(phrase, Period);

        Assert.NotNull(interval);
        Assert.True(interval.IsRecurring);
        Assert.Equal(count, interval.ReportDates.Count);
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), interval.ReportDates[0]);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), interval.ReportDates[^1]);
        Assert.Equal((interval.ReportDates[0], interval.ReportDates[^1]), (interval.Start, interval.End));
    }

    [Fact]
    public void Monthly_report_dates_keep_to_short_months() =>
        Assert.Contains(new DateOnly(2019, 2, 28), DeadlinePhrase.Parse("ежемесячно до 31 числа", Period)!.ReportDates);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("по мере необходимости")]
    [InlineData("31.02.2020")]
    [InlineData("31.06.2021")]
    [InlineData("13.2020")]
    [InlineData("15.13.2020")]
    [InlineData("ноябрь")]
    [InlineData("в течение года")]
    [InlineData("V квартал 2021")]
    [InlineData("3 полугодие 2020")]
    [InlineData("весна 2020")]
    [InlineData("с 30.06.2019 по 15.03.2019")]
    [InlineData("до ноября 2020")]
    [InlineData("ежегодно до 5 числа")]
    [InlineData("ежемесячно до 1 февраля")]
    [InlineData("еженедельно")]
    [InlineData("2019 год или 2020 год")]
    [InlineData("в течение 3-5 лет")]
    [InlineData("далее ежегодно")]
    [InlineData("1850 год")]
    public void A_phrase_that_cannot_be_read_gives_no_interval(string phrase) =>
        Assert.Null(DeadlinePhrase.Parse(phrase, Period));

    [Theory]
    [InlineData("ежемесячно до 5 числа")]
    [InlineData("ежегодно")]
    [InlineData("постоянно")]
    public void Phrases_relative_to_the_period_need_one(string phrase) => Assert.Null(DeadlinePhrase.Parse(phrase));

    [Fact]
    public void A_phrase_with_its_own_dates_needs_no_period() =>
        Assert.Equal(new DateOnly(2019, 11, 30), DeadlinePhrase.Parse("ноябрь 2019")!.End);
}
