using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Projects;

/// <summary>The «Печатные формы» tab: every form of the project's layout with its preview, PDF and XLSX.</summary>
public sealed class ProjectFormsModel
{
    public required int ProjectId { get; init; }
    public required string ProjectName { get; init; }
    public required IReadOnlyList<PrintedFormLink> Forms { get; init; }

    /// <summary>
    /// The forms in the order they are signed and filed; annexes 2–4 belong to the national layout only. Forms the
    /// portal does not print (yet) are left out, so that no link leads nowhere.
    /// </summary>
    public static IReadOnlyList<PrintedFormLink> For(int projectId, ProjectLayout layout, IReadOnlySet<string> printed) =>
    [
        .. new (string Name, string Title, string Note, bool National)[]
            {
                ("passport", "Паспорт проекта", "с блоками согласования и утверждения", false),
                ("plan", "План мероприятий", "пункты с номерами, сроками и ответственными", false),
                ("control-events", "План контрольных событий", "с отметками о выполнении", false),
                ("gantt", "Диаграмма Ганта", "сроки плана и контрольные события на шкале времени, с легендой", false),
                ("budget", "Бюджет проекта", "по источникам финансирования", false),
                ("indicators", "Показатели проекта", "базовые и плановые значения по годам (периодам), результаты мероприятий плана", false),
                ("annexes", "Приложения к паспорту", "показатели по организациям, методики расчета, обосновывающие материалы", true),
                ("risks", "Реестр рисков проекта", "риски и проблемы, карта рисков", false),
            }
            .Where(f => printed.Contains(f.Name) && (!f.National || layout == ProjectLayout.National))
            .Select(f => new PrintedFormLink(f.Name, f.Title, f.Note, projectId)),
    ];
}
