using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Tests.Domain;

/// <summary>Reading the cells of an uploaded plan back, placing its rows in the tree and matching them to items.</summary>
public sealed class PlanImportRulesTests
{
    [Fact]
    public void A_start_is_a_date_with_an_optional_note_and_an_impossible_date_is_named()
    {
        Assert.True(PlanCellText.TryParseStart("01.01.2019 (далее ежегодно)", out var cell, out _));
        Assert.Equal(new PlanStartCell(new DateOnly(2019, 1, 1), "(далее ежегодно)"), cell);
        Assert.True(PlanCellText.TryParseStart(" ", out var empty, out _));
        Assert.Null(empty.Date);
        Assert.False(PlanCellText.TryParseStart("31.06.2021", out _, out var impossible));
        Assert.Equal("дата «31.06.2021» не существует", impossible);
        Assert.False(PlanCellText.TryParseStart("весна 2020", out _, out var phrase));
        Assert.StartsWith("дата начала «весна 2020» не распознана", phrase, StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_reads_back_as_date_deadline_phrase_and_report_dates_as_the_plan_prints_them()
    {
        Assert.True(PlanCellText.TryParseEnd("31.12.2019 (далее ежегодно до 2021г.)", out var noted, out _));
        Assert.Equal((new DateOnly(2019, 12, 31), "(далее ежегодно до 2021г.)", null), (noted.Date, noted.Note, noted.Deadline));
        Assert.True(PlanCellText.TryParseEnd("декабрь 2017", out var phrase, out _));
        Assert.Equal((null, "декабрь 2017"), (phrase.Date, phrase.Deadline));
        Assert.True(PlanCellText.TryParseEnd("с 15.01.2018 по 25.03.2018\n25.03.2018\n25.06.2018", out var reports, out _));
        Assert.Equal("с 15.01.2018 по 25.03.2018", reports.Deadline);
        Assert.Equal([new DateOnly(2018, 3, 25), new DateOnly(2018, 6, 25)], reports.ReportDates);
        Assert.False(PlanCellText.TryParseEnd("1.2.20", out _, out var shape));
        Assert.Equal("дата «1.2.20» не распознана: укажите её в виде дд.мм.гггг", shape);
    }

    [Theory]
    [InlineData("КП", ControlLevel.Curator, null)]
    [InlineData("рп", ControlLevel.Leader, null)]
    [InlineData("К", ControlLevel.Curator, "К")]
    public void Control_levels_read_back_with_the_printed_label_kept_when_it_is_not_the_usual_one(string text, ControlLevel level, string? label)
    {
        Assert.True(PlanCellText.TryParseControlLevel(text, out var read, out var printed, out _));
        Assert.Equal((level, label), (read, printed));
    }

    [Fact]
    public void An_unknown_control_level_is_refused()
    {
        Assert.False(PlanCellText.TryParseControlLevel("высокий", out _, out _, out var error));
        Assert.Equal("уровень контроля «высокий» не распознан: укажите КП, РП или АП", error);
    }

    [Fact]
    public void Only_a_known_unit_is_split_off_an_indicator()
    {
        string[] units = ["ед.", "%"];
        Assert.Equal(("Количество совещаний", "ед."), PlanCellText.SplitIndicator("Количество совещаний, ед.", units));
        Assert.Equal(("Количество ОУ, участвующих в реализации проекта", null), PlanCellText.SplitIndicator("Количество ОУ, участвующих в реализации проекта", units));
        Assert.Equal((null, "ед."), PlanCellText.SplitIndicator(" ед. ", units));
    }

    [Fact]
    public void Municipal_rows_sit_under_the_stage_above_and_a_sub_event_needs_its_event()
    {
        var (rows, problems) = PlanOutline.Build(ProjectLayout.Municipal,
            [(10, "1 этап. Подготовительный (01.02.2020 – 31.08.2020)"), (11, "1."), (12, "7"), (13, "7.1"), (14, "2 этап. Основной"), (15, "3.7")]);

        Assert.Equal([PlanItemKind.Stage, PlanItemKind.Event, PlanItemKind.Event, PlanItemKind.Event, PlanItemKind.Stage, PlanItemKind.Event], rows.Select(r => r.Kind));
        Assert.Equal([-1, 0, 0, 2, -1, 4], rows.Select(r => r.ParentIndex));
        Assert.Equal("Подготовительный", rows[0].HeadingName);
        Assert.Equal([(15, "номер «3.7» не подходит: над ним нет мероприятия «3.»")], problems);
    }

    [Fact]
    public void Section_headings_hold_the_rows_numbered_under_them_and_rows_keep_their_own_numbers_or_none()
    {
        var (rows, problems) = PlanOutline.Build(ProjectLayout.Municipal,
        [
            (10, "1. Организационные мероприятия", ""), (11, "1.1", "Совещание"), (12, "", "Мониторинг"),
            (13, "1.2 Совещания (01.02.2026 – 31.03.2026)", ""), (14, "1.2.1", "Первое"), (15, "1.3", "Приказ"),
            (16, "2. Ремонт", ""), (17, "2.1а", "Кабинеты"), (18, "Без номера раздел", ""), (19, "3.", "Зал"),
        ]);

        Assert.Empty(problems);
        Assert.Equal(
        [
            PlanItemKind.Heading, PlanItemKind.Event, PlanItemKind.Event, PlanItemKind.Heading, PlanItemKind.Event, PlanItemKind.Event,
            PlanItemKind.Heading, PlanItemKind.Event, PlanItemKind.Heading, PlanItemKind.Event,
        ], rows.Select(r => r.Kind));
        Assert.Equal([-1, 0, 0, 0, 3, 0, -1, 6, -1, 8], rows.Select(r => r.ParentIndex));
        Assert.Equal([null, null, "", null, null, null, null, "2.1а", "", null], rows.Select(r => r.OwnNumber));
        Assert.Equal(["Организационные мероприятия", "Совещания", "Ремонт", "Без номера раздел"], rows.Select(r => r.HeadingName).OfType<string>());
        Assert.Equal((new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31)), SectionHeading.Read("1.2 Совещания (01.02.2026 – 31.03.2026)") is { } s ? (s.Start, s.End) : default);
    }

    [Fact]
    public void National_rows_need_the_result_their_number_starts_with()
    {
        var (rows, problems) = PlanOutline.Build(ProjectLayout.National,
            [(5, "Задача 1 Развитие"), (6, "1."), (7, "1.1.1"), (8, "1.1"), (9, "2."), (10, "3.7"), (11, "1 этап. Не тот вид")]);

        Assert.Equal([PlanItemKind.Task, PlanItemKind.Result, PlanItemKind.Event, PlanItemKind.ControlPoint, PlanItemKind.Result, PlanItemKind.ControlPoint, PlanItemKind.Task],
            rows.Select(r => r.Kind));
        Assert.Equal([-1, 0, 1, 1, 0, 4, -1], rows.Select(r => r.ParentIndex));
        Assert.Equal(10, problems[0].Row);
        Assert.Equal("номер «3.7» не подходит: пункт стоит под результатом «2.», а не «3.»", problems[0].Message);
        Assert.Equal(11, problems[1].Row);
    }

    [Fact]
    public void Rows_renumbered_after_an_insertion_are_matched_by_name_and_a_renamed_row_by_its_number()
    {
        (int, PlanMatchKey)[] items =
        [
            (1, Event("1.", "Совещание")), (2, Event("2.", "Мониторинг")), (3, Event("3.", "Отчет")),
        ];

        var matches = PlanRowMatching.Match(
            [Event("1.", "Совещание"), Event("2.", "Новое"), Event("3.", "Мониторинг"), Event("4.", "Итоговый отчет")], items);

        // «Новое» was inserted as 2 and the rows below renumbered: «Мониторинг» (now 3) is found by name. «Итоговый отчет»
        // is «Отчет» renamed and renumbered at once, which is not recognised: a new row, and «Отчет» is removed.
        Assert.Equal([1, null, 2, null], matches);
        Assert.Equal([1, 2, 3], PlanRowMatching.Match([Event("1.", "Совещание"), Event("2.", "Мониторинг"), Event("3.", "Отчет за год")], items));
    }

    [Fact]
    public void Equal_names_of_different_kinds_or_numbers_are_told_apart()
    {
        (int, PlanMatchKey)[] items =
        [
            (1, new PlanMatchKey(PlanItemKind.Result, "1.", "Созданы места")), (2, new PlanMatchKey(PlanItemKind.ControlPoint, "1.1", "Созданы места")),
            (3, new PlanMatchKey(PlanItemKind.Result, "2.", "Созданы места")),
        ];

        var matches = PlanRowMatching.Match(
            [
                new PlanMatchKey(PlanItemKind.Result, "1.", "Созданы места"), new PlanMatchKey(PlanItemKind.ControlPoint, "1.1", "Созданы места ⁵"),
                new PlanMatchKey(PlanItemKind.Result, "2.", "Созданы места"),
            ], items);

        Assert.Equal([1, 2, 3], matches);
    }

    [Fact]
    public void Executors_are_split_by_what_the_portal_knows()
    {
        ResponsibleEntry[] known =
        [
            new("Управление образования", Text: "Управление образования", OrganisationId: 7),
            new("МОУ ДПО ЦРО", Text: "МОУ ДПО ЦРО", OrganisationId: 8),
            new("Петрова Анна Сергеевна, методист", PersonId: 3, PositionText: "методист"),
        ];
        (int, string)[] people = [(3, "Петрова Анна Сергеевна"), (4, "Иванов Иван Иванович")];

        var orgs = ResponsibleText.Parse("Управление образования, школы города, лицеи, МОУ ДПО ЦРО", known, people);
        var persons = ResponsibleText.Parse("Петрова Анна Сергеевна, методист; Иванов Иван Иванович, директор школы, учитель; Предприятия города, участвующие в проекте", known, people);

        Assert.Equal([("Управление образования", 7), ("школы города, лицеи", null), ("МОУ ДПО ЦРО", 8)], orgs.Select(e => (e.Text, e.OrganisationId)));
        Assert.Equal([(3, "методист", null), (4, "директор школы, учитель", null), (null, null, "Предприятия города, участвующие в проекте")],
            persons.Select(e => (e.PersonId, e.PositionText, e.Text)));
    }

    private static PlanMatchKey Event(string number, string name) => new(PlanItemKind.Event, number, name);
}
