using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Passport;

[Collection(Portals.Passport)]
public sealed class TeamEditTests(PortalFactory portal)
{
    [Fact]
    public async Task Executor_with_a_new_person_is_added_then_moved_and_another_removed()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект с исполнителями", arrange: p =>
        {
            p.Members.Add(Executor("Ефимова Лариса Геннадьевна", 0));
            p.Members.Add(Executor("Хаиржанова Самал Рабидулаевна", 1));
        });
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        fields["command"] = "add:executors";
        fields = (await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields))).Fields();
        fields["Form.Executors[2].NewPerson.FullName"] = "Новикова Анна Петровна";
        fields["Form.Executors[2].NewPerson.Email"] = "novikova@example.ru";
        fields["Form.Executors[2].NewPerson.Phone"] = "20-07-85";
        fields["Form.Executors[2].Position"] = "Руководитель сектора развития системы образования";
        fields["command"] = "save";

        var added = await office.PostFormAsync(Url(id), fields);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var executors = await ExecutorsAsync(id);
        Assert.Equal(["Ефимова Лариса Геннадьевна", "Хаиржанова Самал Рабидулаевна", "Новикова Анна Петровна"], executors.Select(m => m.Person!.FullName));
        Assert.Equal("novikova@example.ru", executors[2].Person!.Email);
        Assert.Equal("Руководитель сектора развития системы образования", executors[2].Position);

        fields = (await office.GetPageAsync(Url(id))).Fields();
        Assert.Equal("Новикова Анна Петровна", fields["Form.Executors[2].Person"]);
        fields["command"] = "up:executors:2";
        fields = (await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields))).Fields();
        fields["command"] = "remove:executors:0";
        fields = (await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields))).Fields();
        fields["command"] = "save";
        await office.PostFormAsync(Url(id), fields);

        executors = await ExecutorsAsync(id);
        Assert.Equal(["Новикова Анна Петровна", "Хаиржанова Самал Рабидулаевна"], executors.Select(m => m.Person!.FullName));
        Assert.True(executors[0].SortOrder < executors[1].SortOrder);
    }

    [Fact]
    public async Task Key_roles_are_set_and_an_emptied_role_is_removed()
    {
        var curator = await PersonAsync("Шестаков Вячеслав Викторович");
        var id = await PassportArrange.ProjectAsync(portal, "Проект с ролями", arrange: p =>
            p.Members.Add(new ProjectMember { Role = MemberRole.DeputyLeader, Person = new Person { FullName = "Лобова Татьяна Сергеевна" } }));
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        // Key roles in form order: initiator, curator, leader, deputy leader, administrator, coordinator.
        // The demo data has a Шестаков В.В. too: the list numbers namesakes, and the form posts the chosen label.
        fields["Form.Roles[1].Person"] = $"Шестаков Вячеслав Викторович (№ {curator})";
        fields["Form.Roles[1].Position"] = "директор БОУ ДО г. Омска «ЦТРИГО «Перспектива»";
        fields["Form.Roles[1].Phone"] = "8-909-537-12-76";
        fields["Form.Roles[3].Person"] = "";

        var response = await office.PostFormAsync(Url(id), fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var project = await PassportArrange.ProjectWithPassportAsync(portal, id);
        var curatorMember = Assert.Single(project.Members, m => m.Role == MemberRole.Curator);
        Assert.Equal(curator, curatorMember.PersonId);
        Assert.Equal("директор БОУ ДО г. Омска «ЦТРИГО «Перспектива»", curatorMember.Position);
        Assert.Equal("8-909-537-12-76", curatorMember.Phone);
        Assert.DoesNotContain(project.Members, m => m.Role == MemberRole.DeputyLeader);
    }

    [Fact]
    public async Task Employment_that_is_not_a_percentage_is_refused_and_a_percentage_is_parsed()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Национальный проект с участниками", arrange: p => p.Layout = ProjectLayout.National);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        fields["command"] = "add:groups";
        fields = (await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields))).Fields();
        fields["command"] = "add:rows:0";
        fields = (await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields))).Fields();
        fields["Form.Groups[0].Kind"] = "Result";
        fields["Form.Groups[0].Title"] = "Создание детского технопарка «Кванториум»";
        fields["Form.Groups[0].Rows[0].Role"] = "Participant";
        fields["Form.Groups[0].Rows[0].NameText"] = "Руководители общеобразовательных учреждений города";
        fields["Form.Groups[0].Rows[0].DirectSupervisor"] = "Баранец Т.Г.";
        fields["Form.Groups[0].Rows[0].Employment"] = "двадцать";
        fields["command"] = "save";

        var refused = await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields));

        Assert.Equal(EmploymentPercent.Invalid, refused.MessageFor("Form.Groups[0].Rows[0].Employment"));
        Assert.Equal("двадцать", refused.ValueOf("Form.Groups[0].Rows[0].Employment"));
        Assert.Empty((await PassportArrange.ProjectWithPassportAsync(portal, id)).ParticipantGroups);

        fields = refused.Fields();
        fields["Form.Groups[0].Rows[0].Employment"] = "20%";
        fields["command"] = "save";
        var saved = await office.PostFormAsync(Url(id), fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var project = await PassportArrange.ProjectWithPassportAsync(portal, id);
        var group = Assert.Single(project.ParticipantGroups);
        Assert.Equal(ParticipantGroupKind.Result, group.Kind);
        Assert.Equal("Создание детского технопарка «Кванториум»", group.Title);
        var participant = Assert.Single(project.Members, m => m.GroupId == group.Id);
        Assert.Equal(MemberRole.Participant, participant.Role);
        Assert.Null(participant.PersonId);
        Assert.Equal("Руководители общеобразовательных учреждений города", participant.NameText);
        Assert.Equal("Баранец Т.Г.", participant.DirectSupervisor);
        Assert.Equal("20%", participant.EmploymentText);
        Assert.Equal(20m, participant.Employment);
    }

    [Fact]
    public async Task Removing_a_group_removes_its_rows()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Национальный проект с группой", arrange: p =>
        {
            p.Layout = ProjectLayout.National;
            var group = new ParticipantGroup { Kind = ParticipantGroupKind.General };
            p.ParticipantGroups.Add(group);
            p.Members.Add(new ProjectMember { Role = MemberRole.Participant, Group = group, NameText = "Участник", EmploymentText = "10%", Employment = 10 });
        });
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        fields["command"] = "remove:groups:0";
        fields = (await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields))).Fields();
        fields["command"] = "save";

        await office.PostFormAsync(Url(id), fields);

        var project = await PassportArrange.ProjectWithPassportAsync(portal, id);
        Assert.Empty(project.ParticipantGroups);
        Assert.DoesNotContain(project.Members, m => m.Role == MemberRole.Participant);
    }

    [Fact]
    public async Task New_person_with_a_bad_email_is_refused_and_nobody_is_created()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект с опечаткой в почте");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        fields["Form.Roles[0].NewPerson.FullName"] = "Опечаткин Пётр Петрович";
        fields["Form.Roles[0].NewPerson.Email"] = "opechatkin.mail.ru";

        var page = await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields));

        Assert.Equal("Введите адрес электронной почты в виде name@example.ru.", page.MessageFor("Form.Roles[0].NewPerson.Email"));
        Assert.Equal("Опечаткин Пётр Петрович", page.ValueOf("Form.Roles[0].NewPerson.FullName"));
        Assert.False(await portal.WithDbAsync(db => db.People.AnyAsync(p => p.FullName == "Опечаткин Пётр Петрович")));
    }

    [Fact]
    public async Task New_person_with_the_email_of_someone_in_the_list_is_refused_naming_them()
    {
        await portal.WithDbAsync(async db =>
        {
            db.People.Add(new Person { FullName = "Ефимова Лариса Геннадьевна", Email = "efimova_lg@mail.ru" });
            return await db.SaveChangesAsync();
        });
        var id = await PassportArrange.ProjectAsync(portal, "Проект с двойником");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        fields["Form.Roles[0].NewPerson.FullName"] = "Ефимова Л.Г.";
        fields["Form.Roles[0].NewPerson.Email"] = "EFIMOVA_LG@mail.ru";

        var page = await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields));

        Assert.Contains("«Ефимова Лариса Геннадьевна»", page.MessageFor("Form.Roles[0].NewPerson.Email"), StringComparison.Ordinal);
        Assert.False(await portal.WithDbAsync(db => db.People.AnyAsync(p => p.FullName == "Ефимова Л.Г.")));
    }

    [Fact]
    public async Task A_row_needs_a_person_or_a_printed_name()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект с безымянным исполнителем");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        fields["Form.Executors[0].Position"] = "методист";

        var page = await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields));

        Assert.Contains("Выберите человека из списка", page.MessageFor("Form.Executors[0].Person"), StringComparison.Ordinal);
        Assert.Empty(await ExecutorsAsync(id));
    }

    [Fact]
    public async Task A_person_typed_by_name_is_found_and_a_namesake_or_a_stranger_is_refused_with_a_message()
    {
        var first = await PersonAsync("Двойников Иван Петрович");
        await PersonAsync("Двойников Иван Петрович");
        var id = await PassportArrange.ProjectAsync(portal, "Проект с однофамильцами");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        fields["Form.Roles[0].Person"] = "двойников иван петрович";
        fields["Form.Roles[1].Person"] = "Незнакомцев Пётр";

        var refused = await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields));

        Assert.Contains("вариант с номером", refused.MessageFor("Form.Roles[0].Person"), StringComparison.Ordinal);
        Assert.Contains("«Незнакомцев Пётр» нет в справочнике", refused.MessageFor("Form.Roles[1].Person"), StringComparison.Ordinal);
        Assert.Equal("Незнакомцев Пётр", refused.ValueOf("Form.Roles[1].Person"));
        Assert.Contains(refused.QuerySelectorAll("datalist#people option"), o => o.GetAttribute("value") == $"Двойников Иван Петрович (№ {first})");
        Assert.Empty((await PassportArrange.ProjectWithPassportAsync(portal, id)).Members);

        fields = refused.Fields();
        fields["Form.Roles[0].Person"] = $"Двойников Иван Петрович (№ {first})";
        fields["Form.Roles[1].Person"] = "";
        fields["Form.Roles[2].Person"] = DemoUsers.Leader.FullName.ToUpperInvariant();
        var saved = await office.PostFormAsync(Url(id), fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var members = (await PassportArrange.ProjectWithPassportAsync(portal, id)).Members;
        Assert.Equal(first, members.Single(m => m.Role == MemberRole.Initiator).PersonId);
        Assert.Equal(DemoUsers.Leader.FullName, members.Single(m => m.Role == MemberRole.Leader).Person!.FullName);
    }

    private static string Url(int id) => $"/projects/{id}/edit/team";

    private static ProjectMember Executor(string fullName, int sortOrder) =>
        new() { Role = MemberRole.Executor, Person = new Person { FullName = fullName }, SortOrder = sortOrder };

    private Task<int> PersonAsync(string fullName) => portal.WithDbAsync(async db =>
    {
        var person = new Person { FullName = fullName };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    });

    private Task<List<ProjectMember>> ExecutorsAsync(int id) => portal.WithDbAsync(db => db.ProjectMembers.AsNoTracking()
        .Include(m => m.Person)
        .Where(m => m.ProjectId == id && m.Role == MemberRole.Executor)
        .OrderBy(m => m.SortOrder).ToListAsync());
}
