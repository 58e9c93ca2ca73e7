namespace ProjectOffice.Domain.Notifications;

/// <summary>
/// The kinds of letters, named once. The list is open: a new reminder kind is added here (risk reviews and late problems
/// are <see cref="Risks"/>), and the preferences page, the unsubscribe link and the administrator's view follow.
/// </summary>
public static class NotificationKinds
{
    public const string ControlEvents = "control-events";
    public const string Escalation = "escalation";
    public const string Passport = "passport";
    public const string Stages = "stages";
    public const string Risks = "risks";

    public static IReadOnlyList<NotificationKind> All { get; } =
    [
        new(ControlEvents, "Сроки контрольных событий",
            "Утренняя сводка: события, по которым вы ответственный или руководитель проекта, — срок через 7 и 1 день, сегодня, просрочено.", true),
        new(Escalation, "Эскалация просрочек",
            "Для куратора: контрольные события и проблемы его проектов, просроченные дольше установленного срока.", true),
        new(Risks, "Риски и проблемы",
            "Утренняя сводка: риски, которые вам пора пересмотреть (за 7 и 1 день до даты пересмотра, в этот день и после), и просроченные проблемы, за которые вы отвечаете.", true),
        new(Passport, "Согласование паспорта",
            "Паспорт направлен, согласован, утвержден или возвращен; запрос на изменение.", false),
        new(Stages, "Отчеты об этапах",
            "Этап представлен к закрытию, закрыт, возвращен или открыт снова.", false),
    ];

    public static NotificationKind? Find(string? code) => All.FirstOrDefault(k => k.Code == code);

    public static string Label(string code) => Find(code)?.Label ?? code;
}
