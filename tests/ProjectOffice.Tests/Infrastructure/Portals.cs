namespace ProjectOffice.Tests.Infrastructure;

/// <summary>
/// The shared portal hosts of the test run, one per feature group. A portal host (and its database) costs seconds
/// to start, so test classes of one feature share one through an xunit collection: the classes of a collection run
/// one after another on the same database, while collections run in parallel with each other.
/// A new portal test class joins its feature's collection: <c>[Collection(Portals.Plan)]</c> and takes a
/// <see cref="PortalFactory"/> in its constructor. Tests of a shared database arrange their own data (their own
/// project, practice or user) and never count rows another class could make.
/// A class whose portal needs other settings (another clock, no Chromium) keeps its own host as a class fixture.
/// </summary>
public static class Portals
{
    public const string Accounts = "Accounts portal";
    public const string Approval = "Approval portal";
    public const string ControlEvents = "Control events portal";
    public const string Exchange = "Exchange portal";
    public const string Forms = "Forms portal";
    public const string Journal = "Journal portal";
    public const string Passport = "Passport portal";
    public const string PassportTables = "Passport tables portal";
    public const string Plan = "Plan portal";
    public const string PlanImport = "Plan import portal";
    public const string Practices = "Practices portal";
    public const string Projects = "Projects portal";
}

[CollectionDefinition(Portals.Accounts)]
public sealed class AccountsPortal : ICollectionFixture<PortalFactory>;

[CollectionDefinition(Portals.Approval)]
public sealed class ApprovalPortal : ICollectionFixture<PortalFactory>;

[CollectionDefinition(Portals.ControlEvents)]
public sealed class ControlEventsPortal : ICollectionFixture<PortalFactory>;

[CollectionDefinition(Portals.Exchange)]
public sealed class ExchangePortal : ICollectionFixture<PortalFactory>;

[CollectionDefinition(Portals.Forms)]
public sealed class FormsPortal : ICollectionFixture<PortalFactory>;

[CollectionDefinition(Portals.Journal)]
public sealed class JournalPortal : ICollectionFixture<PortalFactory>;

[CollectionDefinition(Portals.Passport)]
public sealed class PassportPortal : ICollectionFixture<PortalFactory>;

[CollectionDefinition(Portals.PassportTables)]
public sealed class PassportTablesPortal : ICollectionFixture<PortalFactory>;

[CollectionDefinition(Portals.Plan)]
public sealed class PlanPortal : ICollectionFixture<PortalFactory>;

[CollectionDefinition(Portals.PlanImport)]
public sealed class PlanImportPortal : ICollectionFixture<PortalFactory>;

[CollectionDefinition(Portals.Practices)]
public sealed class PracticesPortal : ICollectionFixture<PortalFactory>;

[CollectionDefinition(Portals.Projects)]
public sealed class ProjectsPortal : ICollectionFixture<PortalFactory>;

/// <summary>
/// Test categories for filtering. Printing: the test prints through Chromium or reads a whole printed form back
/// (seconds each); <c>./test.sh --fast</c> leaves these out.
/// </summary>
public static class TestCategory
{
    public const string Name = "Category";
    public const string Printing = "Printing";
}
