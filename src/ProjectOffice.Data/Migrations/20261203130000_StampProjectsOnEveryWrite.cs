using System.Text;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProjectOffice.Data.Migrations
{
    /// <summary>
    /// A stamp per project that changes in the same transaction as any write to the project's data: the key under
    /// which the heavy project pages are cached and from which their ETag is made (docs/page-cache.md). Kept by
    /// statement-level triggers, not by the application, so that every writer (the portal, imports, seed-scale's
    /// COPY, a DBA's UPDATE) invalidates alike, and in its own table, not on Projects, whose xmin is the passport's
    /// concurrency token. Row 0 is the stamp of shared data that any project page may show (people, organisations,
    /// reference lists, users and their roles). The model does not map the table: it is read with one SQL query.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261203130000_StampProjectsOnEveryWrite")]
    public partial class StampProjectsOnEveryWrite : Migration
    {
        /// <summary>(table, the project ids a statement touched, selected from the transition table «changed»).</summary>
        private static readonly (string Table, string Projects)[] Sources =
        [
            ("Projects", """SELECT "Id" FROM changed"""),
            .. new[]
            {
                "ApprovalDecisions", "ProjectVersions", "ControlEvents", "Footnotes", "PlanItems", "Practices", "BudgetItems",
                "FormSignatures", "Indicators", "ParticipantGroups", "ProjectForms", "ProjectListItems", "ProjectMembers",
                "ProjectSections", "ProjectTasks", "Stages", "ProjectReports", "Problems", "Risks",
            }.Select(t => (t, """SELECT "ProjectId" FROM changed""")),
            ("EvidenceFiles", """SELECT e."ProjectId" FROM changed c JOIN "ControlEvents" e ON e."Id" = c."ControlEventId" """),
            ("Responsibles", """
                SELECT i."ProjectId" FROM changed c JOIN "PlanItems" i ON i."Id" = c."PlanItemId"
                UNION SELECT e."ProjectId" FROM changed c JOIN "ControlEvents" e ON e."Id" = c."ControlEventId"
                """),
            ("IndicatorActuals", """SELECT i."ProjectId" FROM changed c JOIN "Indicators" i ON i."Id" = c."IndicatorId" """),
            ("IndicatorValues", """SELECT i."ProjectId" FROM changed c JOIN "Indicators" i ON i."Id" = c."IndicatorId" """),
            ("IndicatorBreakdowns", """SELECT i."ProjectId" FROM changed c JOIN "Indicators" i ON i."Id" = c."IndicatorId" """),
            ("IndicatorBreakdownValues", """
                SELECT i."ProjectId" FROM changed c JOIN "IndicatorBreakdowns" b ON b."Id" = c."BreakdownId"
                JOIN "Indicators" i ON i."Id" = b."IndicatorId"
                """),
            ("BudgetAmounts", """SELECT b."ProjectId" FROM changed c JOIN "BudgetItems" b ON b."Id" = c."BudgetItemId" """),
            ("ProjectResults", """SELECT t."ProjectId" FROM changed c JOIN "ProjectTasks" t ON t."Id" = c."TaskId" """),
            ("RiskMeasures", """SELECT r."ProjectId" FROM changed c JOIN "Risks" r ON r."Id" = c."RiskId" """),
            ("RiskStatusChanges", """SELECT r."ProjectId" FROM changed c JOIN "Risks" r ON r."Id" = c."RiskId" """),
            .. new[]
            {
                "People", "Organisations", "FundingSources", "AspNetUsers", "AspNetUserRoles", "AspNetRoles",
            }.Select(t => (t, "SELECT 0 FROM changed LIMIT 1")),
        ];

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            var sql = new StringBuilder("""
                CREATE SEQUENCE "ProjectStampSequence";
                CREATE TABLE "ProjectStamps" ("ProjectId" integer PRIMARY KEY, "Stamp" bigint NOT NULL);

                """);
            foreach (var (table, projects) in Sources)
            {
                // A child row deleted with its parent finds no parent here: the parent's own trigger stamps the project.
                sql.Append($$"""
                    CREATE FUNCTION "StampProjectsOf{{table}}"() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        INSERT INTO "ProjectStamps" AS s ("ProjectId", "Stamp")
                        SELECT p, nextval('"ProjectStampSequence"') FROM (SELECT DISTINCT p FROM ({{projects}}) x(p) WHERE p IS NOT NULL) d
                        ON CONFLICT ("ProjectId") DO UPDATE SET "Stamp" = EXCLUDED."Stamp";
                        RETURN NULL;
                    END $$;
                    CREATE TRIGGER "StampProjectsOnInsert" AFTER INSERT ON "{{table}}" REFERENCING NEW TABLE AS changed
                        FOR EACH STATEMENT EXECUTE FUNCTION "StampProjectsOf{{table}}"();
                    CREATE TRIGGER "StampProjectsOnUpdate" AFTER UPDATE ON "{{table}}" REFERENCING NEW TABLE AS changed
                        FOR EACH STATEMENT EXECUTE FUNCTION "StampProjectsOf{{table}}"();
                    CREATE TRIGGER "StampProjectsOnDelete" AFTER DELETE ON "{{table}}" REFERENCING OLD TABLE AS changed
                        FOR EACH STATEMENT EXECUTE FUNCTION "StampProjectsOf{{table}}"();

                    """);
            }

            migrationBuilder.Sql(sql.ToString());
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            var sql = new StringBuilder();
            foreach (var (table, _) in Sources)
            {
                sql.Append($"""
                    DROP TRIGGER "StampProjectsOnInsert" ON "{table}";
                    DROP TRIGGER "StampProjectsOnUpdate" ON "{table}";
                    DROP TRIGGER "StampProjectsOnDelete" ON "{table}";
                    DROP FUNCTION "StampProjectsOf{table}"();

                    """);
            }

            sql.Append("""DROP TABLE "ProjectStamps"; DROP SEQUENCE "ProjectStampSequence";""");
            migrationBuilder.Sql(sql.ToString());
        }
    }
}
