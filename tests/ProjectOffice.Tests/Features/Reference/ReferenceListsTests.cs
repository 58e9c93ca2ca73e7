using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Tests.Features.Passport;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Reference;

[Collection(Portals.Accounts)]
public sealed class ReferenceListsTests(PortalFactory portal)
{
    [Fact]
    public async Task Administrator_adds_a_person_with_an_account_and_finds_them_by_name()
    {
        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);

        var response = await admin.PostFormAsync("/reference/people/new", new()
        {
            ["Form.FullName"] = "Наблюдатель Демонстрационный",
            ["Form.Position"] = "специалист",
            ["Form.Email"] = "viewer@example.ru",
            ["Form.Phone"] = "8-913-607-85-28",
            ["Form.UserName"] = "VIEWER",
        });
        var found = await admin.GetPageAsync("/reference/people?q=" + Uri.EscapeDataString("демонстрац"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var person = await portal.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.FullName == "Наблюдатель Демонстрационный"));
        var viewerId = await portal.WithDbAsync(db => db.Users.Where(u => u.UserName == "viewer").Select(u => u.Id).SingleAsync());
        Assert.Equal(viewerId, person.UserId);
        Assert.Equal("8-913-607-85-28", person.Phone);
        var row = Assert.Single(found.QuerySelectorAll("[data-testid=people] tbody tr"));
        Assert.Contains("viewer", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_linked_to_someone_else_is_refused_naming_them()
    {
        var id = await NewPersonAsync("Двойник Руководителя");
        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);
        var fields = (await admin.GetPageAsync($"/reference/people/{id}")).Fields();
        fields["Form.UserName"] = "leader";
        fields["Form.Email"] = "не почта";

        var page = await PortalClient.ParseAsync(await admin.PostFormAsync($"/reference/people/{id}", fields));

        Assert.Equal("Учётная запись «leader» уже связана с человеком «Чернецкая Людмила Геннадьевна».", page.MessageFor("Form.UserName"));
        Assert.Equal("Введите адрес электронной почты в виде name@example.ru.", page.MessageFor("Form.Email"));
        Assert.Null((await portal.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == id))).UserId);
    }

    [Fact]
    public async Task Search_is_paginated_and_keeps_the_query()
    {
        await portal.WithDbAsync(async db =>
        {
            db.People.AddRange(Enumerable.Range(1, 55).Select(i => new Person { FullName = $"Страничкин {i:00} Иванович" }));
            return await db.SaveChangesAsync();
        });
        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);

        var first = await admin.GetPageAsync("/reference/people?q=" + Uri.EscapeDataString("страничкин"));
        var second = await admin.GetPageAsync(first.QuerySelectorAll(".pagination a")[^1].GetAttribute("href")!);
        var literal = await admin.GetPageAsync("/reference/people?q=%25");

        Assert.Equal(50, first.QuerySelectorAll("[data-testid=people] tbody tr").Length);
        Assert.Equal(["Страничкин 51 Иванович", "Страничкин 52 Иванович", "Страничкин 53 Иванович", "Страничкин 54 Иванович", "Страничкин 55 Иванович"],
            second.QuerySelectorAll("[data-testid=people] tbody tr td:first-child").Select(td => td.TextContent.Trim()));
        Assert.Empty(literal.QuerySelectorAll("[data-testid=people] tbody tr"));
    }

    [Fact]
    public async Task Organisations_are_added_renamed_and_not_duplicated()
    {
        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);

        var added = await admin.PostFormAsync("/reference/organisations/new", new()
        {
            ["New.Name"] = "Муниципальное казённое учреждение «Центр тестирования»",
            ["New.ShortName"] = "МКУ ЦТ",
        }, formPage: "/reference/organisations");
        var duplicate = await PortalClient.ParseAsync(await admin.PostFormAsync("/reference/organisations/new", new()
        {
            ["New.Name"] = "муниципальное казённое учреждение «центр тестирования»",
        }, formPage: "/reference/organisations"));
        var id = await portal.WithDbAsync(db => db.Organisations.Where(o => o.ShortName == "МКУ ЦТ").Select(o => o.Id).SingleAsync());
        var renamed = await admin.PostFormAsync($"/reference/organisations/{id}", new()
        {
            ["Form.Name"] = "Муниципальное казённое учреждение «Центр оценки качества»",
            ["Form.ShortName"] = "МКУ ЦОК",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("уже есть в справочнике", duplicate.MessageFor("New.Name"), StringComparison.Ordinal);
        Assert.Equal("муниципальное казённое учреждение «центр тестирования»", duplicate.ValueOf("New.Name"));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var organisation = await portal.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal("Муниципальное казённое учреждение «Центр оценки качества»", organisation.Name);
        Assert.Equal("МКУ ЦОК", organisation.ShortName);
        Assert.Contains("«Центр оценки качества»", (await admin.GetPageAsync("/reference/organisations")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_with_percent_underscore_or_backslash_is_found_as_typed_when_it_is_added_twice()
    {
        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);
        const string Name = @"Фонд «100%_здоровья\Омск»";

        var added = await admin.PostFormAsync("/reference/organisations/new", new() { ["New.Name"] = Name }, formPage: "/reference/organisations");
        using var again = await admin.PostFormAsync("/reference/organisations/new", new() { ["New.Name"] = Name.ToUpperInvariant() }, formPage: "/reference/organisations");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        // Before, «%», «_» and «\» were escaped for an ILIKE that Npgsql runs with ESCAPE '': the twin was not found, so
        // it was added a second time (typed in the same case, the unique index answered 500).
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("уже есть в справочнике", (await PortalClient.ParseAsync(again)).MessageFor("New.Name"), StringComparison.Ordinal);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Organisations.CountAsync(o => o.Name == Name)));
    }

    [Theory]
    [InlineData("office")]
    [InlineData("leader")]
    [InlineData("viewer")]
    public async Task Only_holders_of_the_reference_lists_permission_edit_people_and_organisations(string userName)
    {
        var id = await NewPersonAsync($"Неприкосновенный {userName}");
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));

        using var people = await client.Http.GetAsync(new Uri("/reference/people", UriKind.Relative));
        using var organisations = await client.Http.GetAsync(new Uri("/reference/organisations", UriKind.Relative));
        var forged = await client.PostFormAsync($"/reference/people/{id}", new() { ["Form.FullName"] = "Переписанный" }, formPage: "/");

        Assert.Equal(HttpStatusCode.Forbidden, people.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, organisations.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal($"Неприкосновенный {userName}", (await portal.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == id))).FullName);
    }

    private Task<int> NewPersonAsync(string fullName) => portal.WithDbAsync(async db =>
    {
        var person = new Person { FullName = fullName };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    });
}
