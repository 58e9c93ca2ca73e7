using ProjectOffice.Domain.Journal;

namespace ProjectOffice.Web.Features.Journal;

public static class JournalActions
{
    public static IReadOnlyList<JournalAction> All { get; } = Enum.GetValues<JournalAction>();

    public static string Label(JournalAction action) => action switch
    {
        JournalAction.Create => "Создание",
        JournalAction.Update => "Изменение",
        JournalAction.Delete => "Удаление",
        JournalAction.StatusChange => "Смена статуса",
        JournalAction.FileUpload => "Загрузка файла",
        _ => action.ToString(),
    };
}
