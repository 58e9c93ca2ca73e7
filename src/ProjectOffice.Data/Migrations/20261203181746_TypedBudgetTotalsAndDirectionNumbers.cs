using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ProjectOffice.Data.Migrations
{
    /// <summary>
    /// The passport budget's totals as the signed paper typed them (seed 001: 9,03 where the rows sum to 9,015), printed
    /// instead of the computed sums, and a national direction's number as the paper typed it («1.3.»). The card shows the
    /// totals, so their table stamps its project like the other budget tables (docs/page-cache.md, StampProjectsOnEveryWrite).
    /// </summary>
    public partial class TypedBudgetTotalsAndDirectionNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DirectionNumber",
                table: "BudgetItems",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TypedBudgetTotals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    FundingSourceId = table.Column<int>(type: "integer", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TypedBudgetTotals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TypedBudgetTotals_FundingSources_FundingSourceId",
                        column: x => x.FundingSourceId,
                        principalTable: "FundingSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TypedBudgetTotals_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TypedBudgetTotals_FundingSourceId",
                table: "TypedBudgetTotals",
                column: "FundingSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_TypedBudgetTotals_ProjectId_FundingSourceId_Year",
                table: "TypedBudgetTotals",
                columns: new[] { "ProjectId", "FundingSourceId", "Year" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.Sql("""
                CREATE FUNCTION "StampProjectsOfTypedBudgetTotals"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "ProjectStamps" AS s ("ProjectId", "Stamp")
                    SELECT p, nextval('"ProjectStampSequence"') FROM (SELECT DISTINCT "ProjectId" FROM changed) d(p)
                    ON CONFLICT ("ProjectId") DO UPDATE SET "Stamp" = EXCLUDED."Stamp";
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "StampProjectsOnInsert" AFTER INSERT ON "TypedBudgetTotals" REFERENCING NEW TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION "StampProjectsOfTypedBudgetTotals"();
                CREATE TRIGGER "StampProjectsOnUpdate" AFTER UPDATE ON "TypedBudgetTotals" REFERENCING NEW TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION "StampProjectsOfTypedBudgetTotals"();
                CREATE TRIGGER "StampProjectsOnDelete" AFTER DELETE ON "TypedBudgetTotals" REFERENCING OLD TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION "StampProjectsOfTypedBudgetTotals"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Dropping the table drops its triggers.
            migrationBuilder.DropTable(
                name: "TypedBudgetTotals");
            migrationBuilder.Sql("""DROP FUNCTION "StampProjectsOfTypedBudgetTotals"();""");

            migrationBuilder.DropColumn(
                name: "DirectionNumber",
                table: "BudgetItems");
        }
    }
}
