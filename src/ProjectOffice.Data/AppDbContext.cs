using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Notifications;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Practices;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Domain.Reports;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>Cookie-protection keys live in the database so that every portal instance reads the same ring.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<FundingSource> FundingSources => Set<FundingSource>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectMember> ProjectMembers => Set<ProjectMember>();
    public DbSet<ParticipantGroup> ParticipantGroups => Set<ParticipantGroup>();
    public DbSet<Stage> Stages => Set<Stage>();
    public DbSet<ProjectTask> ProjectTasks => Set<ProjectTask>();
    public DbSet<ProjectResult> ProjectResults => Set<ProjectResult>();
    public DbSet<ProjectListItem> ProjectListItems => Set<ProjectListItem>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<IndicatorBreakdown> IndicatorBreakdowns => Set<IndicatorBreakdown>();
    public DbSet<IndicatorBreakdownValue> IndicatorBreakdownValues => Set<IndicatorBreakdownValue>();
    public DbSet<BudgetItem> BudgetItems => Set<BudgetItem>();
    public DbSet<BudgetAmount> BudgetAmounts => Set<BudgetAmount>();
    public DbSet<TypedBudgetTotal> TypedBudgetTotals => Set<TypedBudgetTotal>();
    public DbSet<ProjectSection> ProjectSections => Set<ProjectSection>();
    public DbSet<IndicatorActual> IndicatorActuals => Set<IndicatorActual>();
    public DbSet<FormSignature> FormSignatures => Set<FormSignature>();
    public DbSet<ProjectForm> ProjectForms => Set<ProjectForm>();
    public DbSet<PlanItem> PlanItems => Set<PlanItem>();
    public DbSet<ControlEvent> ControlEvents => Set<ControlEvent>();
    public DbSet<Responsible> Responsibles => Set<Responsible>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<Footnote> Footnotes => Set<Footnote>();
    public DbSet<Risk> Risks => Set<Risk>();
    public DbSet<RiskMeasure> RiskMeasures => Set<RiskMeasure>();
    public DbSet<RiskStatusChange> RiskStatusChanges => Set<RiskStatusChange>();
    public DbSet<ProjectProblem> ProjectProblems => Set<ProjectProblem>();
    public DbSet<JournalEntry> Journal => Set<JournalEntry>();
    public DbSet<ApprovalDecision> ApprovalDecisions => Set<ApprovalDecision>();
    public DbSet<ProjectVersion> ProjectVersions => Set<ProjectVersion>();
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<ProjectReport> ProjectReports => Set<ProjectReport>();
    public DbSet<MailLetter> MailLetters => Set<MailLetter>();
    public DbSet<NotificationSetting> NotificationSettings => Set<NotificationSetting>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
