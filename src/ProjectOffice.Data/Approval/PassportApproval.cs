using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Data.Approval;

/// <summary>
/// The curator's approval: the passport's «СОГЛАСОВАНО» and «УТВЕРЖДАЮ» blocks are filled from the people who
/// agreed and approved, and the passport is frozen as the next numbered version, all in one transaction.
/// </summary>
public sealed class PassportApproval(AppDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Approves a tracked project (loaded with its Signatures) that is on approval. Throws
    /// DbUpdateConcurrencyException when the project changed since the expected version was set on it.
    /// </summary>
    public async Task<ProjectVersion> ApproveAsync(Project project, Signer approver, string? comment, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var zone = clock.LocalTimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var number = (await db.ProjectVersions.Where(v => v.ProjectId == project.Id).MaxAsync(v => (int?)v.Number, ct) ?? 0) + 1;
        var agreed = await Signers.AgreedInCurrentRoundAsync(db, project.Id, zone, ct);
        var changeReason = await db.ApprovalDecisions
            .Where(d => d.ProjectId == project.Id && d.Kind == DecisionKind.ChangeRequested
                        && !db.ApprovalDecisions.Any(later => later.ProjectId == project.Id && later.Kind == DecisionKind.Approved && later.Id > d.Id))
            .OrderByDescending(d => d.Id)
            .Select(d => d.Comment)
            .FirstOrDefaultAsync(ct);

        project.Status = ProjectStatus.Approved;
        if (agreed is { } a)
        {
            Sign(project, SignatureKind.Agreed, a.Signer, a.On);
        }

        Sign(project, SignatureKind.Approved, approver, today);
        db.ApprovalDecisions.Add(new ApprovalDecision
        {
            ProjectId = project.Id,
            Kind = DecisionKind.Approved,
            At = now,
            UserId = approver.UserId,
            PersonId = approver.PersonId,
            UserName = approver.FullName,
            Comment = comment,
            VersionNumber = number,
        });
        await db.SaveChangesAsync(ct);

        // The snapshot is the exporter's document of what is now stored, signatures included.
        var document = await new ProjectExporter(db).ExportAsync(project.Id, ct)
            ?? throw new InvalidOperationException($"Project {project.Id} vanished during its approval.");
        var version = new ProjectVersion
        {
            ProjectId = project.Id,
            Number = number,
            CreatedAt = now,
            AgreedByUserId = agreed?.Signer.UserId,
            AgreedByPersonId = agreed?.Signer.PersonId,
            AgreedByName = agreed?.Signer.FullName ?? "",
            AgreedOn = agreed?.On,
            ApprovedByUserId = approver.UserId,
            ApprovedByPersonId = approver.PersonId,
            ApprovedByName = approver.FullName,
            ApprovedOn = today,
            ChangeReason = changeReason,
            Snapshot = JsonSerializer.Serialize(document, ProjectDocument.JsonOptions),
        };
        db.ProjectVersions.Add(version);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return version;
    }

    /// <summary>Fills the passport's block of this kind as <see cref="SignatureFill"/> rules, or adds one above the title.</summary>
    private static void Sign(Project project, SignatureKind kind, Signer signer, DateOnly date)
    {
        var block = SignatureFill.Block(project.Signatures, kind);
        if (block is null)
        {
            block = new FormSignature
            {
                Form = FormKind.Passport,
                Kind = kind,
                AtTop = true,
                SortOrder = project.Signatures.Where(s => s.Form == FormKind.Passport).Select(s => s.SortOrder + 1).DefaultIfEmpty(0).Max(),
            };
            project.Signatures.Add(block);
        }

        SignatureFill.Fill(block, signer.PersonId, signer.FullName, signer.Position, signer.Organisation, date);
    }
}
