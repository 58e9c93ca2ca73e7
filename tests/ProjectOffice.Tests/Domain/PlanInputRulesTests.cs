using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Tests.Domain;

public sealed class PlanInputRulesTests
{
    [Theory]
    [InlineData("30.06.2021", 2021, 6, 30)]
    [InlineData(" 01.02.2021 ", 2021, 2, 1)]
    [InlineData("2021-12-31", 2021, 12, 31)]
    public void Real_dates_are_read_in_russian_and_iso_form(string text, int year, int month, int day)
    {
        Assert.True(RussianDate.TryParse(text, out var date, out var error));
        Assert.Equal(new DateOnly(year, month, day), date);
        Assert.Null(error);
    }

    [Fact]
    public void The_seeds_impossible_date_is_refused_with_its_own_message()
    {
        Assert.False(RussianDate.TryParse("31.06.2021", out var date, out var error));
        Assert.Null(date);
        Assert.Equal("Такой даты нет: 31.06.2021.", error);
    }

    [Fact]
    public void Text_that_is_not_a_date_is_refused_and_an_empty_field_is_no_date()
    {
        Assert.False(RussianDate.TryParse("декабрь 2017", out _, out var error));
        Assert.StartsWith("«декабрь 2017» — не дата", error, StringComparison.Ordinal);
        Assert.True(RussianDate.TryParse("  ", out var empty, out _));
        Assert.Null(empty);
    }

    [Fact]
    public void End_before_start_is_an_error()
    {
        Assert.NotNull(PlanDates.OrderError(new DateOnly(2021, 2, 1), new DateOnly(2021, 1, 31)));
        Assert.Null(PlanDates.OrderError(new DateOnly(2021, 2, 1), new DateOnly(2021, 2, 1)));
    }

    [Fact]
    public void Dates_outside_the_stage_and_the_project_are_warnings()
    {
        var stage = new DateRange(new DateOnly(2020, 2, 1), new DateOnly(2020, 8, 31));
        var project = new DateRange(new DateOnly(2020, 2, 1), new DateOnly(2021, 12, 31));

        var inside = PlanDates.Warnings(new DateOnly(2020, 3, 1), new DateOnly(2020, 8, 31), stage, "этапа", project);
        var pastStage = PlanDates.Warnings(new DateOnly(2020, 3, 1), new DateOnly(2020, 9, 1), stage, "этапа", project);
        var pastBoth = PlanDates.Warnings(new DateOnly(2019, 12, 1), null, stage, "этапа", project);

        Assert.Empty(inside);
        Assert.Equal(["Срок выходит за рамки этапа (01.02.2020 – 31.08.2020)."], pastStage);
        Assert.Equal(2, pastBoth.Count);
    }

    [Theory]
    [InlineData("акт.pdf", "%PDF-1.7 rest", "application/pdf")]
    [InlineData("Отчёт.DOCX", "PK\u0003\u0004rest", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("фото.png", "\u0089PNG\r\n\u001a\nrest", "image/png")]
    [InlineData("справка.txt", "Проведено совещание", "text/plain")]
    public void Files_of_the_listed_types_with_their_signature_are_accepted(string name, string content, string type)
    {
        var bytes = Bytes(content);

        Assert.Equal(type, EvidenceFileTypes.Check(name, bytes.Length, bytes, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("page.html", "<html><script>alert(1)</script>", "не принимаются")]
    [InlineData("program.exe", "MZ\u0090\u0000", "не принимаются")]
    [InlineData("renamed.pdf", "<html>", "не соответствует расширению .pdf")]
    [InlineData("program.txt", "MZ\u0090\u0000\u0003", "не соответствует расширению .txt")]
    public void Other_types_and_renamed_files_are_refused(string name, string content, string message)
    {
        var bytes = Bytes(content);

        Assert.Null(EvidenceFileTypes.Check(name, bytes.Length, bytes, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_over_20_MB_are_refused()
    {
        Assert.Null(EvidenceFileTypes.Check("big.pdf", EvidenceFileTypes.MaxBytes + 1, Bytes("%PDF-"), out var error));
        Assert.Contains("20 МБ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/pdf", "application/pdf")]
    [InlineData("text/html", "application/octet-stream")]
    [InlineData("image/svg+xml", "application/octet-stream")]
    [InlineData("text/plain", "text/plain; charset=utf-8")]
    public void Downloads_never_carry_a_type_the_browser_would_render(string stored, string served) =>
        Assert.Equal(served, EvidenceFileTypes.SafeContentType(stored));

    [Fact]
    public void File_names_lose_folders_and_control_characters() =>
        Assert.Equal("акт.pdf", EvidenceFileTypes.CleanFileName("C:\\Users\\x\\ак\u0007т.pdf"));

    // Signatures are bytes below 256; Russian text is UTF-8.
    private static byte[] Bytes(string text) =>
        text.Any(c => c > 255) ? System.Text.Encoding.UTF8.GetBytes(text) : System.Text.Encoding.Latin1.GetBytes(text);
}
