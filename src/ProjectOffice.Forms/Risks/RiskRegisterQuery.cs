using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Risks;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Layout;

namespace ProjectOffice.Forms.Risks;

/// <summary>Reads one project's register (now, or as frozen in an approved version) into <see cref="RiskRegisterData"/>.</summary>
public static class RiskRegisterQuery
{
    public static async Task<RiskRegisterData?> LoadAsync(
        AppDbContext db, int projectId, int? version, RiskMatrix matrix, DateOnly today, CancellationToken ct)
    {
        var printed = await PrintedProjects.LoadAsync(db, projectId, version, Include, ct);
        return printed is null ? null : Build(printed, matrix, today);
    }

    /// <summary>What the register reads of a stored project: the team (owner names), the plan and events (measure links).</summary>
    public static IQueryable<Project> Include(IQueryable<Project> projects) => projects
        .Include(p => p.Members).ThenInclude(m => m.Person)
        .Include(p => p.PlanItems)
        .Include(p => p.ControlEvents).ThenInclude(e => e.PlanItem)
        .Include(p => p.Risks).ThenInclude(r => r.Measures)
        .Include(p => p.Risks).ThenInclude(r => r.History)
        .Include(p => p.Problems);

    public static RiskRegisterData Build(PrintedProject printed, RiskMatrix matrix, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(matrix);
        var project = printed.Project;
        var people = project.Members.Where(m => m.Person is not null).Select(m => m.Person!).DistinctBy(p => p.Id).ToDictionary(p => p.Id);
        string Name(int? personId) => personId is { } id && people.TryGetValue(id, out var person) ? person.ShortName : "";
        var planItems = project.PlanItems.ToDictionary(i => i.Id);
        var events = project.ControlEvents.ToDictionary(e => e.Id);

        string Measure(RiskMeasure m)
        {
            var link = m.PlanItemId is { } itemId && planItems.TryGetValue(itemId, out var item) ? $"мероприятие плана «{item.Name}»"
                : m.ControlEventId is { } eventId && events.TryGetValue(eventId, out var ev) ? $"контрольное событие «{ev.Name ?? ev.PlanItem?.Name}»"
                : null;
            return link is null ? m.Text : $"{m.Text} ({link})";
        }

        var risks = project.Risks.OrderBy(r => r.SortOrder).ThenBy(r => r.Id).ToList();
        var numbers = risks.Select((r, i) => (r.Id, Number: (i + 1).ToString(CultureInfo.InvariantCulture))).ToDictionary(x => x.Id, x => x.Number);
        var rows = risks.Select(r => new RiskRow
        {
            Id = r.Id,
            Version = r.Version,
            Number = numbers[r.Id],
            Kind = RiskLabels.Kind(r.Kind, project.Layout),
            Title = r.Title,
            Description = r.Description,
            Cause = r.Cause,
            Consequence = r.Consequence,
            Owner = Name(r.OwnerPersonId),
            Probability = r.Probability,
            Impact = r.Impact,
            Score = RiskMatrix.Score(r.Probability, r.Impact),
            Level = matrix.Level(r.Probability, r.Impact),
            Strategy = RiskLabels.Strategy(r.Strategy),
            Measures = r.Measures.OrderBy(m => m.SortOrder).ThenBy(m => m.Id).Select(Measure).ToList(),
            Trigger = r.Trigger,
            ReviewDate = RussianDate.Format(r.ReviewDate),
            ReviewDue = RiskRules.IsReviewDue(r.Status, r.ReviewDate, today),
            Status = r.Status,
            History = r.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(History).ToList(),
        }).ToList();

        var problems = project.Problems.OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select((p, i) =>
        {
            var late = RiskRules.IsLate(p.Status, p.Deadline, today);
            var risk = p.RiskId is { } riskId ? risks.FirstOrDefault(r => r.Id == riskId) : null;
            return new ProblemRow
            {
                Id = p.Id,
                Version = p.Version,
                Number = (i + 1).ToString(CultureInfo.InvariantCulture),
                Title = p.Title,
                Description = p.Description,
                Risk = risk is null ? null : $"{numbers[risk.Id]}. {risk.Title}",
                Decision = p.Decision,
                Responsible = Name(p.ResponsiblePersonId),
                Deadline = RussianDate.Format(p.Deadline),
                Status = p.Status,
                IsLate = late,
                StatusText = p.Status == ProblemStatus.Resolved && p.ResolvedOn is { } on
                    ? $"{RiskLabels.ProblemStatus(p.Status)} {RussianDate.Format(on)}"
                    : RiskLabels.ProblemStatus(p.Status) + (late ? ", " + RiskCaptions.Late : ""),
            };
        }).ToList();

        return new RiskRegisterData
        {
            ProjectId = project.Id,
            ProjectName = project.Name,
            ProjectCaption = project.Layout == ProjectLayout.Municipal ? "проекта" : ProjectLabels.LevelGenitive(project.Level),
            AsOf = "по состоянию на " + RussianDate.Format(printed.Version is null ? today : printed.ApprovedOn ?? today),
            Version = printed.Version,
            // A living register is dated by the day it is printed, not by the passport's approval.
            ApprovedOn = printed.Version is null ? null : printed.ApprovedOn,
            Matrix = matrix,
            Risks = rows,
            Problems = problems,
            HeatMap = RiskHeatMap.Build(rows.Where(r => r.IsOpen).Select(r => (r.Probability, r.Impact)), matrix),
            Signatures = Signatures(project),
        };
    }

    /// <summary>
    /// The register has no paper of its own to copy blocks from: the leader keeps it and signs it, the curator agrees
    /// it; the dates are left to be filled in by hand.
    /// </summary>
    private static List<SignatureData> Signatures(Project project)
    {
        SignatureData? Block(MemberRole role, SignatureKind kind, string position)
        {
            var member = project.Members.Where(m => m.Role == role && m.GroupId is null).OrderBy(m => m.SortOrder).FirstOrDefault();
            var name = member?.Person?.ShortName ?? member?.NameText;
            return name is null ? null : new SignatureData { Kind = kind, Position = position, Name = name };
        }

        return new[]
            {
                Block(MemberRole.Leader, SignatureKind.LeaderSignature, ""),
                Block(MemberRole.Curator, SignatureKind.Agreed, PassportLabels.Role(MemberRole.Curator)),
            }
            .OfType<SignatureData>().ToList();
    }

    private static string History(RiskStatusChange h)
    {
        var date = RussianDates.Numeric(h.At);
        var step = h.From is { } from ? $"{RiskLabels.Status(from)} → {RiskLabels.Status(h.To)}" : RiskLabels.Status(h.To);
        return $"{date}: {step}" + (h.UserName is null ? "" : $" ({h.UserName})") + (string.IsNullOrWhiteSpace(h.Comment) ? "" : $": {h.Comment}");
    }
}
