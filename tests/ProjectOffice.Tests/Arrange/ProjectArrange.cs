using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests;

/// <summary>
/// Puts projects into a test's database through the DbContext (there is no HTTP way to create a whole passport).
/// Names carry a tag unique to the test, so tests never see each other's rows.
/// </summary>
internal static class ProjectArrange
{
    public static Task<int> AddAsync(this PortalFactory portal, Project project) =>
        portal.WithDbAsync(async db =>
        {
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });

    /// <summary>The person of a demo account (the demo data may already hold one; the account links to one person only).</summary>
    public static async Task<Person> PersonOfAsync(AppDbContext db, DemoUser user)
    {
        var userId = await db.Users.Where(u => u.UserName == user.UserName).Select(u => u.Id).SingleAsync();
        return await db.People.SingleOrDefaultAsync(p => p.UserId == userId)
            ?? new Person { FullName = user.FullName, UserId = userId, Position = "Должность " + user.UserName };
    }

    /// <summary>A bare project with an optional leader and curator.</summary>
    public static Project Simple(string name, DateOnly start, DateOnly end, ProjectStatus status = ProjectStatus.Draft,
        Person? leader = null, Person? curator = null)
    {
        var project = new Project { Name = name, Layout = ProjectLayout.Municipal, Status = status, StartDate = start, EndDate = end };
        if (leader is not null)
        {
            project.Members.Add(new ProjectMember { Role = MemberRole.Leader, Person = leader });
        }

        if (curator is not null)
        {
            project.Members.Add(new ProjectMember { Role = MemberRole.Curator, Person = curator, SortOrder = 1 });
        }

        return project;
    }

    /// <summary>A municipal passport in the shape of seed 000, led by the demo account «leader».</summary>
    public static Task<int> AddMunicipalAsync(PortalFactory portal, string tag) => portal.WithDbAsync(async db =>
    {
        var federal = new FundingSource { Name = "Федеральный бюджет " + tag, SortOrder = 1 };
        var city = new FundingSource { Name = "Бюджет города " + tag, SortOrder = 3 };
        var leader = await PersonOfAsync(db, DemoUsers.Leader);
        var initiator = new Person { FullName = "Ефимова Лариса Геннадьевна", Position = "директор департамента образования", Email = "efimova_lg@mail.ru", Phone = "20-13-30" };
        var coordinator = new Person { FullName = "Романькова Наталья Владимировна", Position = "методист", Email = "romankowan@yandex.ru", Phone = "53-59-58" };
        var stage1 = new Stage { Name = "Подготовительный", StartDate = new(2020, 2, 1), EndDate = new(2020, 8, 31), SortOrder = 0 };
        var stage2 = new Stage { Name = "Основной", StartDate = new(2020, 9, 1), EndDate = new(2021, 12, 31), SortOrder = 1 };
        var project = new Project
        {
            Name = "Инженерный кластер " + tag,
            ShortName = "Кластер " + tag,
            Layout = ProjectLayout.Municipal,
            Level = ProjectLevel.Municipal,
            Kind = ProjectKind.External,
            FederalProject = "Учитель будущего",
            StrategicGoalRegionCaption = "Стратегическая цель социально-экономического развития Омской области до 2025 года",
            StrategicGoalRegion = "Повышение качества и доступности в сфере образования",
            StrategicGoalCityCaption = "Стратегическая цель социально-экономического развития города Омска до 2030 года",
            StrategicGoalCity = "Содействие развитию человеческого капитала",
            FunctionalBlock = "Обеспечение качества и доступности услуг в сфере образования",
            Basis = "Национальный проект «Образование»",
            Goal = "Создание единого образовательного пространства",
            RelatedProjects = "---",
            StartDate = new(2020, 2, 1),
            EndDate = new(2021, 12, 31),
            Stages = [stage1, stage2],
            Tasks =
            [
                new ProjectTask { Name = "Создать систему профориентационной работы", SortOrder = 0 },
                new ProjectTask { Name = "Обеспечить сетевое взаимодействие", SortOrder = 1 },
            ],
            ListItems =
            [
                new ProjectListItem { Kind = ListItemKind.Programme, Text = "Муниципальная программа «Развитие образования»", SortOrder = 0 },
                new ProjectListItem { Kind = ListItemKind.ExpectedResult, Text = "Создана система профориентационной работы", SortOrder = 0 },
                new ProjectListItem { Kind = ListItemKind.ExpectedResult, Text = "Созданы условия для сетевого взаимодействия", SortOrder = 1 },
                new ProjectListItem { Kind = ListItemKind.ExternalRisk, Text = "отсутствие инвестиций", SortOrder = 0 },
                new ProjectListItem { Kind = ListItemKind.InternalRisk, Text = "недостаточный уровень квалификации проектной команды", SortOrder = 0 },
            ],
            Members =
            [
                new ProjectMember { Role = MemberRole.Initiator, Person = initiator, SortOrder = 0 },
                new ProjectMember { Role = MemberRole.Leader, Person = leader, Position = "заведующий отделом дополнительного образования", Email = "tyuleva2011@list.ru", Phone = "8-951-405-88-13", SortOrder = 1 },
                new ProjectMember { Role = MemberRole.Coordinator, Person = coordinator, Phone = "8-909-537-12-76", SortOrder = 2 },
                new ProjectMember { Role = MemberRole.Executor, Person = initiator, Position = "Директор департамента образования Администрации города Омска", SortOrder = 3 },
                new ProjectMember { Role = MemberRole.Executor, Person = coordinator, SortOrder = 4 },
            ],
            BudgetBreakdown = BudgetBreakdown.Stage,
            BudgetItems =
            [
                new BudgetItem { Stage = stage1, SortOrder = 0, Amounts = [new() { FundingSource = federal, Text = "-" }, new() { FundingSource = city, Text = "-" }] },
                new BudgetItem { Stage = stage2, SortOrder = 1, Amounts = [new() { FundingSource = federal, Text = "1,5", Value = 1.5m }, new() { FundingSource = city, Text = "29 310,220", Value = 29310.22m }] },
            ],
        };
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return project.Id;
    });

    /// <summary>A national-layout passport in the shape of seed 001.</summary>
    public static Task<int> AddNationalAsync(PortalFactory portal, string tag) => portal.WithDbAsync(async db =>
    {
        var regional = new FundingSource { Name = "региональный бюджет " + tag, SortOrder = 1 };
        var municipal = new FundingSource { Name = "бюджет муниципального образования " + tag, SortOrder = 2 };
        var ermakov = new Person { FullName = "Ермаков Александр Владимирович", Position = "Заместитель мэра городского округа по социальным вопросам" };
        var baranets = new Person { FullName = "Баранец Татьяна Григорьевна", Position = "начальник Управления образования" };
        var result1 = new ProjectResult
        {
            Name = "Созданы новые места в образовательных организациях",
            Characteristic = "За счет средств субсидии:\n\n- закуплено оборудование\n- обучены педагоги",
            SortOrder = 0,
        };
        var result2 = new ProjectResult { Name = "Создан детский технопарк «Кванториум»", SortOrder = 1 };
        var projectGroup = new ParticipantGroup { Kind = ParticipantGroupKind.Project, SortOrder = 0 };
        var generalGroup = new ParticipantGroup { Kind = ParticipantGroupKind.General, SortOrder = 1 };
        var resultGroup = new ParticipantGroup { Kind = ParticipantGroupKind.Result, Title = "Создание детского технопарка «Кванториум»", SortOrder = 2 };
        var financing = new ProjectSection { Kind = SectionKind.Financing, Title = "3. Финансовое обеспечение муниципального проекта", SortOrder = 2 };
        var project = new Project
        {
            Name = "Успех каждого ребенка " + tag,
            ShortName = "Успех " + tag,
            Layout = ProjectLayout.National,
            Level = ProjectLevel.Municipal,
            RegionalProject = "Успех каждого ребенка",
            Municipality = "г. Саянск",
            Goal = "Обеспечение к 2024 году для детей доступных условий",
            StartDate = new(2019, 1, 1),
            EndDate = new(2024, 12, 31),
            BudgetBreakdown = BudgetBreakdown.Direction,
            ListItems = [new ProjectListItem { Kind = ListItemKind.Programme, Text = "Муниципальная программа «Развитие системы образования города Саянска»" }],
            Indicators =
            [
                new Indicator
                {
                    Name = "Доля детей, охваченных дополнительным образованием", Unit = "%", Type = IndicatorType.Main,
                    BaselineText = "71%", Baseline = 71, BaselineDate = new(2019, 1, 1), SortOrder = 0,
                    Values = [new() { Year = 2019, PlannedText = "73%", Planned = 73 }, new() { Year = 2020, PlannedText = "75%", Planned = 75 }],
                    MethodFormula = "$F_{ov} = \\sum X_i$", DataSource = "Форма 1-ДОП", Periodicity = "1 раз в год",
                    Breakdown =
                    [
                        new IndicatorBreakdown
                        {
                            Organisation = "Учреждения дополнительного образования", BaselineText = "71", BaselineDate = new(2018, 1, 1),
                            Values = [new() { Year = 2019, Text = "73%" }, new() { Year = 2020, Text = "75%" }],
                        },
                    ],
                },
                new Indicator
                {
                    Name = "Число участников открытых онлайн-уроков, тыс. человек", Unit = "тыс. человек", UnitInName = true,
                    Type = IndicatorType.Additional, BaselineText = "0,532", SortOrder = 1,
                    Values = [new() { Year = 2020, PlannedText = "Не менее 5" }],
                },
            ],
            Tasks = [new ProjectTask { Name = "Формирование эффективной системы выявления талантов", Results = [result1, result2] }],
            ParticipantGroups = [projectGroup, generalGroup, resultGroup],
            Members =
            [
                new ProjectMember { Role = MemberRole.Curator, Person = ermakov, SortOrder = 0 },
                new ProjectMember { Role = MemberRole.Leader, Person = baranets, SortOrder = 1 },
                new ProjectMember { Role = MemberRole.Curator, Person = ermakov, Group = projectGroup, Position = "Заместитель мэра", DirectSupervisor = "Боровский О.В.", EmploymentText = "5%", SortOrder = 2 },
                new ProjectMember { Role = MemberRole.Leader, Person = baranets, Group = projectGroup, Position = "Начальник МКУ", DirectSupervisor = "Ермаков А.В.", EmploymentText = "10%", SortOrder = 3 },
                new ProjectMember { Role = MemberRole.Participant, NameText = "Бадудина Т.А.", Group = generalGroup, Position = "Директор МОУ ДПО", EmploymentText = "20%", SortOrder = 4 },
                new ProjectMember { Role = MemberRole.ResultOwner, Person = ermakov, Group = resultGroup, EmploymentText = "5%", SortOrder = 5 },
                new ProjectMember { Role = MemberRole.Participant, NameText = "Руководители общеобразовательных учреждений города", Group = resultGroup, EmploymentText = "10%", SortOrder = 6 },
            ],
            Sections =
            [
                new ProjectSection { Kind = SectionKind.Text, Title = "1. Модель функционирования результатов", Body = "Проект направлен на достижение цели.\n\n- первое направление\n- второе направление", SortOrder = 0 },
                new ProjectSection { Kind = SectionKind.IndicatorMethods, Title = "Методика расчета целевых показателей муниципального проекта", SortOrder = 1 },
                financing,
                new ProjectSection { Kind = SectionKind.Table, Title = "4. Контакты", TableColumns = ["Организация", "Телефон"], TableRows = [["Управление образования", "5-21-00"]], SortOrder = 3 },
            ],
        };
        db.Projects.Add(project);
        await db.SaveChangesAsync();

        // Budget rows point at a result and a section, which have ids only now.
        project.BudgetItems.AddRange(
        [
            new BudgetItem
            {
                Title = "Не менее 70 % детей с ОВЗ обучаются по дополнительным программам", ResultId = result1.Id, SortOrder = 0,
                Amounts =
                [
                    .. Enumerable.Range(2019, 3).Select(y => new BudgetAmount { FundingSource = regional, Year = y, Text = "0,015" }),
                    .. Enumerable.Range(2019, 3).Select(y => new BudgetAmount { FundingSource = municipal, Year = y, Text = "0" }),
                ],
            },
            new BudgetItem
            {
                Title = "Создание детского технопарка «Кванториум»", ResultId = result2.Id, SortOrder = 1,
                Amounts =
                [
                    new() { FundingSource = regional, Year = 2019, Text = "9,0" },
                    new() { FundingSource = regional, Year = 2020, Text = "0" },
                    new() { FundingSource = municipal, Year = 2019, Text = "-" },
                ],
            },
            new BudgetItem
            {
                SectionId = financing.Id, Title = "Закупка интерактивных профориентационных игр\nДоступ к интернет-ресурсам", SortOrder = 0,
                Amounts = [new() { Year = 2019, Text = "0,015" }, new() { Year = 2020, Text = "0,025", SortOrder = 0 }, new() { Year = 2020, Text = "0,015", SortOrder = 1 }],
            },
            new BudgetItem { SectionId = financing.Id, Title = "Создание детского технопарка «Кванториум»", SortOrder = 1, Amounts = [new() { Year = 2019, Text = "9,0" }] },
        ]);
        await db.SaveChangesAsync();
        return project.Id;
    });
}
