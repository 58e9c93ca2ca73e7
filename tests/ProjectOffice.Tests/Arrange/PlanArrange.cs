using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests;

/// <summary>
/// Plans, control events and annexes put into a test's database through the DbContext (there is no HTTP way to make
/// a whole plan yet). Each project gets a unique name, so tests never see each other's rows.
/// </summary>
internal static class PlanArrange
{
    public const string Executor = "Петрова Анна Сергеевна";
    public const string ExecutorPosition = "методист отдела дополнительного образования";

    /// <summary>
    /// A municipal project with two stages and <paramref name="events"/> events split between them, each with a result
    /// indicator, a person and an organisation responsible, and a control event. Event 1 ends «31.06.2026» as printed.
    /// </summary>
    public static async Task<int> AddMunicipalAsync(PortalFactory portal, string name, int events, ProjectStatus status = ProjectStatus.Draft)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var person = new Person { FullName = Executor, Position = "методист" };
        var stages = new[]
        {
            new Stage
            {
                Name = "Подготовительный", StartDate = new(2026, 1, 1), EndDate = new(2026, 6, 30), SortOrder = 0,
                PrintedNames = [new TextVariant { Form = FormKind.Plan, Text = "Подготовительный этап по плану" }],
            },
            new Stage { Name = "Основной", StartDate = new(2026, 7, 1), EndDate = new(2026, 12, 31), SortOrder = 1 },
        };
        var project = new Project
        {
            Name = name,
            Layout = ProjectLayout.Municipal,
            Level = ProjectLevel.Municipal,
            Status = status,
            StartDate = new(2026, 1, 1),
            EndDate = new(2026, 12, 31),
            Stages = [.. stages],
            Signatures =
            [
                Signature(FormKind.Plan, SignatureKind.Agreed, "Руководитель Проектного офиса", "«30» января 2026 года"),
                Signature(FormKind.Plan, SignatureKind.Approved, "Директор", "«31» января 2026 года"),
                Signature(FormKind.ControlEvents, SignatureKind.Approved, "Директор", "«01» февраля 2026 года"),
            ],
        };
        db.Projects.Add(project);
        await db.SaveChangesAsync();

        var stageItems = stages.Select((stage, i) => new PlanItem { ProjectId = project.Id, Kind = PlanItemKind.Stage, StageId = stage.Id, SortOrder = i }).ToList();
        db.PlanItems.AddRange(stageItems);
        for (var i = 1; i <= events; i++)
        {
            var stage = i <= (events + 1) / 2 ? 0 : 1;
            var start = stages[stage].StartDate.AddDays(i % 28);
            var item = new PlanItem
            {
                ProjectId = project.Id,
                Kind = PlanItemKind.Event,
                SortOrder = i,
                Name = $"Мероприятие номер {i} по плану проекта",
                StartDate = start,
                EndDate = i == 1 ? new DateOnly(2026, 6, 30) : start.AddDays(20),
                EndText = i == 1 ? "31.06.2026" : null,
                IndicatorName = $"Количество проведенных встреч {i}",
                IndicatorUnit = "ед.",
                PlannedValueText = i % 2 == 0 ? "3" : "Не менее 5",
                PlannedValue = i % 2 == 0 ? 3 : 5,
                Responsibles =
                [
                    new Responsible { Person = person, PositionText = ExecutorPosition, SortOrder = 0 },
                    new Responsible { Text = "Предприятия города Омска, участвующие в реализации проекта", SortOrder = 1 },
                ],
            };
            stageItems[stage].Children.Add(item);
            db.PlanItems.Add(item);
            db.ControlEvents.Add(new ControlEvent
            {
                ProjectId = project.Id,
                PlanItem = item,
                StageId = stages[stage].Id,
                Name = $"Проведено мероприятие номер {i}",
                PlannedDate = item.EndDate,
                PlannedDateText = item.EndText,
                SortOrder = i,
                Responsibles = [new Responsible { Person = person, PositionText = ExecutorPosition }],
            });
        }

        await db.SaveChangesAsync();
        return project.Id;
    }

    /// <summary>
    /// A national-layout project: one task («Задача 1»), <paramref name="results"/> results of two events and a control
    /// point each, a control event per control point (which gives it name, date and executor), footnotes, indicators
    /// broken down by organisation, and additional materials (text, methods, financing).
    /// </summary>
    public static async Task<int> AddNationalAsync(PortalFactory portal, string name, int results, int indicators = 2)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var task = new ProjectTask { Name = "Развитие способностей детей", PrintedNames = [new TextVariant { Form = FormKind.Plan, Text = "Развитие способностей детей ОО" }] };
        var text = new ProjectSection { Kind = SectionKind.Text, Title = "1. Модель функционирования", Body = "Первый абзац модели.\n\n- пункт списка\n- второй пункт", SortOrder = 0 };
        var methods = new ProjectSection { Kind = SectionKind.IndicatorMethods, Title = "Методика расчета целевых показателей", SortOrder = 1 };
        var financing = new ProjectSection { Kind = SectionKind.Financing, Title = "3. Финансовое обеспечение", SortOrder = 2 };
        var project = new Project
        {
            Name = name,
            Layout = ProjectLayout.National,
            Level = ProjectLevel.Municipal,
            Municipality = "г. Проверочный",
            StartDate = new(2026, 1, 1),
            EndDate = new(2028, 12, 31),
            Tasks = [task],
            Forms = [new ProjectForm { Form = FormKind.Plan, Annex = 1 }, new ProjectForm { Form = FormKind.IndicatorsByOrganisation, Annex = 2 }],
            Sections = [text, methods, financing],
            Indicators = [.. Enumerable.Range(1, indicators).Select(Indicator)],
            Footnotes =
            [
                new Footnote { Form = FormKind.Plan, Marker = "¹", Caption = "Уровень контроля", Text = "КП – куратор проекта", SortOrder = 0 },
                new Footnote { Form = FormKind.AdditionalMaterials, Marker = "²", Caption = methods.Title, Text = "Сноска к методике", SortOrder = 1 },
            ],
        };
        db.Projects.Add(project);
        await db.SaveChangesAsync();

        var taskItem = new PlanItem { ProjectId = project.Id, Kind = PlanItemKind.Task, TaskId = task.Id };
        db.PlanItems.Add(taskItem);
        for (var r = 1; r <= results; r++)
        {
            var result = Item(project.Id, PlanItemKind.Result, r, $"Результат номер {r} достигнут");
            taskItem.Children.Add(result);
            db.PlanItems.Add(result);
            var children = new[]
            {
                Item(project.Id, PlanItemKind.Event, 0, $"Первое мероприятие результата {r}"),
                Item(project.Id, PlanItemKind.Event, 1, $"Второе мероприятие результата {r}"),
                Item(project.Id, PlanItemKind.ControlPoint, 2, $"Контрольная точка результата {r}"),
            };
            children[0].StartNote = "(далее ежегодно)";
            children[1].ControlLevelText = "К";
            children[2].StartDate = null;
            foreach (var child in children)
            {
                result.Children.Add(child);
                db.PlanItems.Add(child);
            }

            db.ControlEvents.Add(new ControlEvent { ProjectId = project.Id, PlanItem = children[2], SortOrder = r });
        }

        db.BudgetItems.AddRange(
            new BudgetItem { ProjectId = project.Id, SectionId = financing.Id, Title = "Закупка игр", SortOrder = 0, Amounts = [Amount(2026, "0,015"), Amount(2027, "0,025"), Amount(2027, "0,015")] },
            new BudgetItem { ProjectId = project.Id, SectionId = financing.Id, Title = "Создание технопарка", SortOrder = 1, Amounts = [Amount(2026, "9,0")] });
        await db.SaveChangesAsync();
        return project.Id;
    }

    /// <summary>How many SQL commands <paramref name="read"/> sends through a DbContext of the test's database.</summary>
    public static async Task<int> CountQueriesAsync(PortalFactory portal, Func<AppDbContext, Task> read)
    {
        var counter = new CommandCounter();
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(portal.ConnectionString).AddInterceptors(counter).Options;
        await using var db = new AppDbContext(options);
        await read(db);
        return counter.Count;
    }

    private static PlanItem Item(int projectId, PlanItemKind kind, int sortOrder, string name) => new()
    {
        ProjectId = projectId,
        Kind = kind,
        SortOrder = sortOrder,
        Name = name,
        StartDate = new(2026, 1, 1),
        EndDate = new(2026, 12, 31),
        DocumentType = "Информационно-аналитический отчет",
        ControlLevel = kind == PlanItemKind.Result ? ControlLevel.Curator : ControlLevel.Administrator,
        Responsibles = [new Responsible { Text = "Управление образования", SortOrder = 0 }, new Responsible { Text = "МОУ ДПО ЦРО", SortOrder = 1 }],
    };

    private static Indicator Indicator(int n) => new()
    {
        Name = $"Доля детей группы {n}, охваченных образованием",
        Unit = "%",
        SortOrder = n,
        MethodFormula = "$F_{ov} = \\sum X_i$ где: X_i - число участников",
        DataSource = "Отчеты организаций",
        Collector = "Управление образования",
        Periodicity = "1 раз в год",
        Breakdown =
        [
            new IndicatorBreakdown
            {
                Organisation = $"Образовательные организации {n}",
                BaselineText = "0,532",
                BaselineDate = new DateOnly(2025, 1, 1),
                Values = [new IndicatorBreakdownValue { Year = 2026, Text = "73%" }, new IndicatorBreakdownValue { Year = 2027, Text = "1350" }],
            },
        ],
    };

    private static BudgetAmount Amount(int year, string text) => new() { Year = year, Text = text, Value = NumberPhrase.Parse(text) };

    private static FormSignature Signature(FormKind form, SignatureKind kind, string position, string dateText) => new()
    {
        Form = form,
        Kind = kind,
        PositionText = position,
        OrganisationText = "БОУ ДО г. Омска «ЦТРИГО «Перспектива»",
        NameText = kind == SignatureKind.Agreed ? "Н.В. Романькова" : "В.В. Шестаков",
        DateText = dateText,
        SortOrder = (int)kind,
    };

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int count;

        public int Count => count;

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Interlocked.Increment(ref count);
            return base.ReaderExecuting(command, eventData, result);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
