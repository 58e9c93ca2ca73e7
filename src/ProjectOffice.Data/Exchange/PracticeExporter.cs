using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Practices;

namespace ProjectOffice.Data.Exchange;

/// <summary>
/// Writes a practice as a projectoffice-practice/1 document: rows in printed order, empty tables and fields left out,
/// nothing the portal computes (numbers, the cost total) and nothing portal-local (ids, dates of saving), so that
/// exporting an imported export gives the same document.
/// </summary>
public sealed class PracticeExporter(AppDbContext db)
{
    public async Task<PracticeDocument?> ExportAsync(int practiceId, CancellationToken ct)
    {
        var practice = await db.Practices.AsNoTracking().AsSplitQuery()
            .Include(p => p.ListItems).Include(p => p.Results).Include(p => p.Participants).Include(p => p.Stakeholders)
            .Include(p => p.Actions).Include(p => p.NormativeActs).Include(p => p.Resources).Include(p => p.Beneficiaries)
            .Include(p => p.Costs).Include(p => p.Links).Include(p => p.Contacts)
            .SingleOrDefaultAsync(p => p.Id == practiceId, ct);
        if (practice is null)
        {
            return null;
        }

        var projectName = practice.ProjectId is { } projectId
            ? await db.Projects.Where(p => p.Id == projectId).Select(p => p.Name).SingleOrDefaultAsync(ct)
            : null;
        return new PracticeDocument { Format = PracticeDocument.CurrentFormat, Practice = Practice(practice, projectName) };
    }

    public static string Serialize(PracticeDocument document) => JsonSerializer.Serialize(document, PracticeDocument.JsonOptions);

    private static PracticeDto Practice(Practice p, string? projectName) => new()
    {
        Status = p.Status,
        Project = projectName,
        Annex = p.AnnexNumber,
        Name = p.Name,
        Territory = p.Territory,
        DonorPractice = p.DonorPractice,
        Prerequisites = Rich(p.Prerequisites),
        Period = new PracticePeriodDto { Text = p.PeriodText, StartYear = p.StartYear, EndYear = p.EndYear },
        IndicatorsBefore = Rich(p.IndicatorsBefore),
        GoalsAndTasks = Rich(p.GoalsAndTasks),
        Opportunities = Rows(p.ListItems.Where(i => i.Kind == PracticeListKind.Opportunity), i => i.Text),
        Approaches = Rows(p.ListItems.Where(i => i.Kind == PracticeListKind.Approach), i => i.Text),
        Results = Rows(p.Results, r => new PracticeResultDto
        {
            Indicator = r.Indicator, Unit = r.Unit, LastYear = r.LastYearText, WholePeriod = r.WholePeriodText, Comment = Rich(r.Comment),
        }),
        Participants = Rows(p.Participants, r => new PracticeParticipantDto { Name = r.Name, Role = r.Role }),
        Involved = Rows(p.Stakeholders.Where(s => s.Kind == StakeholderKind.Involved), Stakeholder),
        Reached = Rows(p.Stakeholders.Where(s => s.Kind == StakeholderKind.Reached), Stakeholder),
        BusinessModel = Rich(p.BusinessModel),
        Description = Rich(p.Description),
        DescriptionTable = p.DescriptionTableColumns.Count == 0 && p.DescriptionTableRows.Count == 0
            ? null
            : new PracticeTableDto { Columns = p.DescriptionTableColumns, Rows = p.DescriptionTableRows },
        DescriptionAfterTable = Rich(p.DescriptionAfterTable),
        DeploymentActions = Rows(p.Actions, r => new DeploymentActionDto { Description = r.Description, Executor = r.Executor }),
        AdoptedActs = Rows(p.NormativeActs.Where(a => a.Kind == NormativeActKind.Adopted), r => new AdoptedActDto { Name = r.Name, Result = r.Result }),
        AmendedActs = Rows(p.NormativeActs.Where(a => a.Kind == NormativeActKind.Amended),
            r => new AmendedActDto { Name = r.Name, Changes = r.Changes, Result = r.Result }),
        Resources = Rows(p.Resources, r => new PracticeResourceDto
        {
            Description = r.Description, Purposes = r.PurposeLines() is { Count: > 0 } lines ? [.. lines] : null,
        }),
        Beneficiaries = Rows(p.Beneficiaries, r => new BeneficiaryDto { Name = r.Name, Benefits = r.Benefits }),
        Costs = Rows(p.Costs, r => new PracticeCostDto { Item = r.Item, Amount = r.AmountText, Source = r.Source }),
        IndicatorsAfter = Rich(p.IndicatorsAfter),
        LeaderAndTeam = Rich(p.LeaderAndTeam),
        Links = Rows(p.Links, r => new PracticeLinkDto { Name = r.Name, Url = r.Url }),
        Contacts = Rows(p.Contacts, r => new PracticeContactDto { Name = r.Name, Position = r.Position, Phone = r.Phone, Email = r.Email }),
        Signature = p.SignaturePosition is null && p.SignatureOrganisation is null && p.SignatureName is null
            ? null
            : new PracticeSignatureDto { PositionText = p.SignaturePosition, OrganisationText = p.SignatureOrganisation, NameText = p.SignatureName },
    };

    private static StakeholderDto Stakeholder(PracticeStakeholder s) => new() { Group = s.Group, Count = s.CountText };

    private static List<TDto>? Rows<TRow, TDto>(IEnumerable<TRow> rows, Func<TRow, TDto> map) where TRow : IPracticeRow
    {
        var list = rows.OrderBy(r => r.SortOrder).ThenBy(r => r.Id).Select(map).ToList();
        return list.Count == 0 ? null : list;
    }

    private static List<JsonElement>? Rich(string? markup) => RichTextJson.FromMarkup(markup) is { Count: > 0 } blocks ? blocks : null;
}
