using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Versions;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Approval;

/// <summary>The demo project «Инженерный кластер» goes the whole way, each step by its own person.</summary>
[Collection(Portals.Approval)]
public sealed class ApprovalPathTests(PortalFactory portal)
{
    [Fact]
    public async Task Leader_submits_office_agrees_curator_approves_and_version_1_is_frozen_with_real_signatures()
    {
        var id = await portal.WithDbAsync(db => db.Projects.Where(p => p.Name == "Инженерный кластер").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var otherFormsBefore = await portal.WithDbAsync(db => db.FormSignatures.AsNoTracking()
            .Where(s => s.ProjectId == id && (s.Form != FormKind.Passport || s.Kind == SignatureKind.LeaderSignature || s.AtTop))
            .OrderBy(s => s.Id).Select(s => s.Id + s.NameText + s.DateText).ToListAsync());
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);

        var leaderPage = await leader.GetPageAsync($"/projects/{id}/approval");
        Assert.Equal("Черновик", leaderPage.QuerySelector("[data-testid=passport-status]")!.TextContent);
        Assert.NotNull(leaderPage.QuerySelector("[data-testid=step-submit]"));
        using (var submitted = await DecideAsync(leader, id, "submit", "Паспорт готов"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        Assert.Equal(ProjectStatus.InAgreement, await StatusAsync(portal, id));
        var inbox = await office.GetPageAsync("/inbox");
        Assert.Contains("Паспорт ждет согласования", inbox.QuerySelector("[data-testid=inbox]")!.TextContent, StringComparison.Ordinal);
        using (var agreed = await DecideAsync(office, id, "agree"))
        {
            Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        }

        Assert.Equal(ProjectStatus.InApproval, await StatusAsync(portal, id));
        using (var approved = await DecideAsync(curator, id, "approve", "Утверждаю"))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        Assert.Equal(ProjectStatus.Approved, await StatusAsync(portal, id));
        var version = await portal.WithDbAsync(db => db.ProjectVersions.AsNoTracking().SingleAsync(v => v.ProjectId == id));
        Assert.Equal(1, version.Number);
        Assert.Equal(DemoUsers.Office.FullName, version.AgreedByName);
        Assert.Equal(DemoUsers.Curator.FullName, version.ApprovedByName);
        Assert.InRange(version.ApprovedOn.DayNumber, DateOnly.FromDateTime(DateTime.Now).DayNumber - 1, DateOnly.FromDateTime(DateTime.Now).DayNumber + 1);

        var signatures = await portal.WithDbAsync(db => db.FormSignatures.AsNoTracking()
            .Where(s => s.ProjectId == id && s.Form == FormKind.Passport).ToListAsync());
        // The office's and curator's blocks after the leader's signature; the department's above the title stay as seeded.
        // Both blocks name the person who signed, so they keep seed 000's wording word for word and only get the date.
        var agreedBlock = Assert.Single(signatures, s => s.Kind == SignatureKind.Agreed && !s.AtTop);
        var approvedBlock = Assert.Single(signatures, s => s.Kind == SignatureKind.Approved && !s.AtTop);
        Assert.Equal(("Руководитель Проектного офиса", "БОУ ДО г. Омска «ЦТРИГО «Перспектива»", "Романькова Наталья Владимировна"),
            (agreedBlock.PositionText, agreedBlock.OrganisationText, agreedBlock.NameText));
        Assert.Equal(("Директор", "БОУ ДО г. Омска «ЦТРИГО «Перспектива»", "В.В. Шестаков"),
            (approvedBlock.PositionText, approvedBlock.OrganisationText, approvedBlock.NameText));
        Assert.Equal(version.ApprovedOn, approvedBlock.Date);
        Assert.Equal(SignatureText.Date(version.ApprovedOn), approvedBlock.DateText);
        Assert.Equal(version.AgreedOn, agreedBlock.Date);
        // The seeds' other blocks (those above the title, the leader's signature, the other forms') stay as they were.
        Assert.Equal(otherFormsBefore, await portal.WithDbAsync(db => db.FormSignatures.AsNoTracking()
            .Where(s => s.ProjectId == id && (s.Form != FormKind.Passport || s.Kind == SignatureKind.LeaderSignature || s.AtTop))
            .OrderBy(s => s.Id).Select(s => s.Id + s.NameText + s.DateText).ToListAsync()));

        // The frozen document carries the filled blocks, so the approved version prints them.
        var snapshot = ProjectSnapshot.ToProject(ProjectVersions.Read(version.Snapshot));
        Assert.Contains(snapshot.Signatures, s => s.Form == FormKind.Passport && s.Kind == SignatureKind.Approved && s.NameText == "В.В. Шестаков" && s.Date == version.ApprovedOn);

        // The files of the approved passport carry the day of this approval, not the 2020 date of the paper's blocks.
        using (var xlsx = await leader.Http.GetAsync(new Uri($"/projects/{id}/forms/passport.xlsx", UriKind.Relative)))
        {
            Assert.Equal($"Паспорт проекта Инженерный кластер версия 1 {version.ApprovedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.xlsx",
                xlsx.Content.Headers.ContentDisposition?.FileNameStar);
        }

        // Two «УТВЕРЖДАЮ» years apart say which is which: the block this approval filled names the version, the
        // department's above the title keeps the paper's 2020 date and says it comes from the paper.
        var print = await leader.GetPageAsync($"/projects/{id}/forms/passport");
        string NoteOf(string name, SignatureKind kind) => print.QuerySelectorAll($".signature[data-kind={kind}]")
            .Single(b => b.QuerySelector(".name")?.TextContent == name).QuerySelector("[data-testid=signature-note]")?.TextContent ?? "";
        Assert.Equal("(версия 1, утверждена в портале)", NoteOf("В.В. Шестаков", SignatureKind.Approved));
        Assert.Equal("(по бумажному экземпляру)", NoteOf("Л.Г. Ефимова", SignatureKind.Approved));
        Assert.Equal("(версия 1, согласована в портале)", NoteOf("Романькова Наталья Владимировна", SignatureKind.Agreed));

        var page = await leader.GetPageAsync($"/projects/{id}/approval");
        Assert.Equal("Утвержден", page.QuerySelector("[data-testid=passport-status]")!.TextContent);
        var history = page.QuerySelector("[data-testid=history]")!.TextContent;
        Assert.Contains("Передан на согласование", history, StringComparison.Ordinal);
        Assert.Contains("Паспорт готов", history, StringComparison.Ordinal);
        Assert.Contains("Согласован проектным офисом", history, StringComparison.Ordinal);
        Assert.Contains("Утвержден куратором", history, StringComparison.Ordinal);
        Assert.Contains("(версия 1)", history, StringComparison.Ordinal);
    }
}
