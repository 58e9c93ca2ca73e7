using ProjectOffice.Domain.Practices;
using ProjectOffice.Domain.Projects;
using static ProjectOffice.Web.Features.Practices.PracticeColumnKind;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>Every editable table of the practice passport, in the order of its sections.</summary>
public static class PracticeTables
{
    public static IReadOnlyList<PracticeTable> All { get; } =
    [
        new PracticeTable<PracticeListItem>
        {
            Slug = "opportunities", Section = 8,
            Columns = [new("Описание возможности", Lines, Required: true)],
            Collection = p => p.ListItems, Filter = r => r.Kind == PracticeListKind.Opportunity, Init = r => r.Kind = PracticeListKind.Opportunity,
            Read = r => [r.Text], Write = (r, c) => r.Text = c[0] ?? "",
        },
        new PracticeTable<PracticeListItem>
        {
            Slug = "approaches", Section = 9,
            Columns = [new("Описание подхода", Lines, Required: true)],
            Collection = p => p.ListItems, Filter = r => r.Kind == PracticeListKind.Approach, Init = r => r.Kind = PracticeListKind.Approach,
            Read = r => [r.Text], Write = (r, c) => r.Text = c[0] ?? "",
        },
        new PracticeTable<PracticeResult>
        {
            Slug = "results", Section = 10,
            Columns =
            [
                new("Показатель", Lines, Required: true),
                new("Единица измерения", Line, MaxLength: 100, Hint: "печатается после показателя через запятую"),
                new("Значение за последний год реализации практики", Phrase, MaxLength: 200),
                new("Значение за весь период реализации", Phrase, MaxLength: 200),
                new("Комментарии к показателю", Rich, MaxLength: PracticeRules.LongTextLength,
                    Hint: "печатаются под таблицей: «Комментарии по пункту N таблицы»"),
            ],
            Collection = p => p.Results,
            Read = r => [r.Indicator, r.Unit, r.LastYearText, r.WholePeriodText, r.Comment],
            Write = (r, c) =>
            {
                r.Indicator = c[0] ?? "";
                r.Unit = c[1];
                r.LastYearText = c[2];
                r.LastYear = NumberPhrase.Parse(c[2]);
                r.WholePeriodText = c[3];
                r.WholePeriod = NumberPhrase.Parse(c[3]);
                r.Comment = c[4];
            },
        },
        new PracticeTable<PracticeParticipant>
        {
            Slug = "participants", Section = 11,
            Columns = [new("Участник", Lines, Required: true, MaxLength: PracticeRules.ShortTextLength), new("Описание его роли в реализации практики", Lines)],
            Collection = p => p.Participants,
            Read = r => [r.Name, r.Role], Write = (r, c) => (r.Name, r.Role) = (c[0] ?? "", c[1]),
        },
        new PracticeTable<PracticeStakeholder>
        {
            Slug = "involved", Section = 12, Caption = "граждане, участвующие в реализации практики",
            Columns = StakeholderColumns,
            Collection = p => p.Stakeholders, Filter = r => r.Kind == StakeholderKind.Involved, Init = r => r.Kind = StakeholderKind.Involved,
            Read = r => [r.Group, r.CountText], Write = WriteStakeholder,
        },
        new PracticeTable<PracticeStakeholder>
        {
            Slug = "reached", Section = 12, Caption = "граждане, на которых направлен эффект от реализации практики",
            Columns = StakeholderColumns,
            Collection = p => p.Stakeholders, Filter = r => r.Kind == StakeholderKind.Reached, Init = r => r.Kind = StakeholderKind.Reached,
            Read = r => [r.Group, r.CountText], Write = WriteStakeholder,
        },
        new PracticeTable<PracticeAction>
        {
            Slug = "actions", Section = 15,
            Columns = [new("Описание мероприятия", Lines, Required: true), new("Исполнитель", Lines, MaxLength: PracticeRules.ShortTextLength, Hint: "каждый исполнитель с новой строки")],
            Collection = p => p.Actions,
            Read = r => [r.Description, r.Executor], Write = (r, c) => (r.Description, r.Executor) = (c[0] ?? "", c[1]),
        },
        new PracticeTable<PracticeNormativeAct>
        {
            Slug = "adopted-acts", Section = 16, Caption = "принятые НПА",
            Columns = [new("Наименование НПА", Lines, Required: true), new("Результат принятия НПА", Lines)],
            Collection = p => p.NormativeActs, Filter = r => r.Kind == NormativeActKind.Adopted, Init = r => r.Kind = NormativeActKind.Adopted,
            Read = r => [r.Name, r.Result], Write = (r, c) => (r.Name, r.Result) = (c[0] ?? "", c[1]),
        },
        new PracticeTable<PracticeNormativeAct>
        {
            Slug = "amended-acts", Section = 16, Caption = "измененные НПА",
            Columns = [new("Наименование НПА", Lines, Required: true), new("Изменения, внесенные в НПА", Lines), new("Результат внесения изменений", Lines)],
            Collection = p => p.NormativeActs, Filter = r => r.Kind == NormativeActKind.Amended, Init = r => r.Kind = NormativeActKind.Amended,
            Read = r => [r.Name, r.Changes, r.Result], Write = (r, c) => (r.Name, r.Changes, r.Result) = (c[0] ?? "", c[1], c[2]),
        },
        new PracticeTable<PracticeResource>
        {
            Slug = "resources", Section = 17,
            Columns =
            [
                new("Описание ресурса", Lines, Required: true, MaxLength: PracticeRules.ShortTextLength),
                new("Для каких целей данный ресурс необходим", Lines, Hint: "каждая цель с новой строки"),
            ],
            Collection = p => p.Resources,
            Read = r => [r.Description, r.Purposes],
            // One purpose per line: blank lines would print as empty rows.
            Write = (r, c) => (r.Description, r.Purposes) = (c[0] ?? "", c[1] is null ? null : string.Join("\n", new PracticeResource { Purposes = c[1] }.PurposeLines())),
        },
        new PracticeTable<PracticeBeneficiary>
        {
            Slug = "beneficiaries", Section = 18,
            Columns = [new("Выгодополучатель / группа выгодополучателей", Lines, Required: true, MaxLength: PracticeRules.ShortTextLength), new("Описание выгод, полученных в результате внедрения практики", Lines)],
            Collection = p => p.Beneficiaries,
            Read = r => [r.Name, r.Benefits], Write = (r, c) => (r.Name, r.Benefits) = (c[0] ?? "", c[1]),
        },
        new PracticeTable<PracticeCost>
        {
            Slug = "costs", Section = 19,
            Columns =
            [
                new("Статья затрат", Lines, Required: true, MaxLength: PracticeRules.ShortTextLength),
                new("Объем затрат, тыс. руб.", Amount, Required: true, MaxLength: 50, Hint: "например, 29 310,220; итог считается сам"),
                new("Источник финансирования", Lines, MaxLength: PracticeRules.ShortTextLength, Hint: "каждый источник с новой строки"),
            ],
            Collection = p => p.Costs,
            Read = r => [r.Item, r.AmountText, r.Source],
            Write = (r, c) =>
            {
                r.Item = c[0] ?? "";
                r.AmountText = c[1] ?? "";
                r.Amount = ThousandRubles.Parse(c[1]) ?? 0;
                r.Source = c[2];
            },
        },
        new PracticeTable<PracticeLink>
        {
            Slug = "links", Section = 22,
            Columns = [new("Наименование ресурса", Line, Required: true, MaxLength: PracticeRules.ShortTextLength), new("Ссылка на ресурс", Url, Required: true, MaxLength: PracticeRules.ShortTextLength)],
            Collection = p => p.Links,
            Read = r => [r.Name, r.Url], Write = (r, c) => (r.Name, r.Url) = (c[0] ?? "", c[1] ?? ""),
        },
        new PracticeTable<PracticeContact>
        {
            Slug = "contacts", Section = 23,
            Columns =
            [
                new("Фамилия, имя, отчество", Line, Required: true, MaxLength: 300),
                new("Должность", Lines, MaxLength: PracticeRules.ShortTextLength),
                new("Телефон", Line, MaxLength: 200),
                new("Электронная почта", Email, MaxLength: 256),
            ],
            Collection = p => p.Contacts,
            Read = r => [r.Name, r.Position, r.Phone, r.Email],
            Write = (r, c) => (r.Name, r.Position, r.Phone, r.Email) = (c[0] ?? "", c[1], c[2], c[3]),
        },
    ];

    public static PracticeTable? Find(string slug) => All.FirstOrDefault(t => t.Slug == slug);

    public static IEnumerable<PracticeTable> OfSection(int section) => All.Where(t => t.Section == section);

    private static IReadOnlyList<PracticeColumn> StakeholderColumns =>
    [
        new("Категория граждан", Lines, Required: true, MaxLength: PracticeRules.ShortTextLength),
        new("Количество", Phrase, MaxLength: 200, Hint: "печатается через тире: «Педагоги – 40 человек»"),
    ];

    private static void WriteStakeholder(PracticeStakeholder r, IReadOnlyList<string?> c)
    {
        r.Group = c[0] ?? "";
        r.CountText = c[1];
        r.Count = NumberPhrase.Parse(c[1]);
    }
}
