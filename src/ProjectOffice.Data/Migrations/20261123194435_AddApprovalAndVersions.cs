using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ProjectOffice.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddApprovalAndVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                table: "Stages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReportedAt",
                table: "Stages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "Stages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ApprovalDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: true),
                    StageName = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    UserName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    VersionNumber = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApprovalDecisions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ApprovalDecisions_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ApprovalDecisions_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ProjectVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AgreedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AgreedByPersonId = table.Column<int>(type: "integer", nullable: true),
                    AgreedByName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ApprovedByPersonId = table.Column<int>(type: "integer", nullable: true),
                    ApprovedByName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ChangeReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Snapshot = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectVersions_People_AgreedByPersonId",
                        column: x => x.AgreedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectVersions_People_ApprovedByPersonId",
                        column: x => x.ApprovedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectVersions_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalDecisions_PersonId",
                table: "ApprovalDecisions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalDecisions_ProjectId_Id",
                table: "ApprovalDecisions",
                columns: new[] { "ProjectId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalDecisions_StageId",
                table: "ApprovalDecisions",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectVersions_AgreedByPersonId",
                table: "ProjectVersions",
                column: "AgreedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectVersions_ApprovedByPersonId",
                table: "ProjectVersions",
                column: "ApprovedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectVersions_ProjectId_Number",
                table: "ProjectVersions",
                columns: new[] { "ProjectId", "Number" },
                unique: true);

            // An approved version is frozen: the database refuses to change or delete it, whatever the client.
            migrationBuilder.Sql("""
                CREATE FUNCTION project_version_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Approved passport versions are frozen: rows cannot be changed or deleted';
                END $$;
                CREATE TRIGGER project_version_frozen BEFORE UPDATE OR DELETE ON "ProjectVersions"
                    FOR EACH ROW EXECUTE FUNCTION project_version_is_frozen();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER project_version_frozen ON "ProjectVersions";
                DROP FUNCTION project_version_is_frozen();
                """);

            migrationBuilder.DropTable(
                name: "ApprovalDecisions");

            migrationBuilder.DropTable(
                name: "ProjectVersions");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Stages");

            migrationBuilder.DropColumn(
                name: "ReportedAt",
                table: "Stages");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Stages");
        }
    }
}
