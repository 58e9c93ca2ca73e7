using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace ProjectOffice.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddPracticePassports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Practices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: true),
                    AuthorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AnnexNumber = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Territory = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DonorPractice = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Prerequisites = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    PeriodText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StartYear = table.Column<int>(type: "integer", nullable: false),
                    EndYear = table.Column<int>(type: "integer", nullable: true),
                    IndicatorsBefore = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    GoalsAndTasks = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    BusinessModel = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    Description = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    DescriptionTableColumns = table.Column<List<string>>(type: "text[]", nullable: false),
                    DescriptionTableRows = table.Column<string>(type: "jsonb", nullable: false),
                    DescriptionAfterTable = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    IndicatorsAfter = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    LeaderAndTeam = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    SignaturePosition = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SignatureOrganisation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SignatureName = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    SearchVector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "setweight(to_tsvector('russian', coalesce(\"Name\", '')), 'A') ||\nsetweight(to_tsvector('russian', coalesce(\"Territory\", '') || ' ' || coalesce(\"DonorPractice\", '')), 'B') ||\nsetweight(to_tsvector('russian', coalesce(\"GoalsAndTasks\", '') || ' ' || coalesce(\"Description\", '') || ' ' ||\n    coalesce(\"DescriptionTableRows\"::text, '') || ' ' || coalesce(\"DescriptionAfterTable\", '') || ' ' || coalesce(\"BusinessModel\", '')), 'C') ||\nsetweight(to_tsvector('russian', coalesce(\"Prerequisites\", '') || ' ' || coalesce(\"PeriodText\", '') || ' ' ||\n    coalesce(\"IndicatorsBefore\", '') || ' ' || coalesce(\"IndicatorsAfter\", '') || ' ' || coalesce(\"LeaderAndTeam\", '')), 'D')", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Practices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Practices_AspNetUsers_AuthorUserId",
                        column: x => x.AuthorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Practices_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PracticeActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Executor = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeActions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeBeneficiaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Benefits = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeBeneficiaries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeBeneficiaries_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Position = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Phone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeContacts_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeCosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    Item = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AmountText = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(15,3)", precision: 15, scale: 3, nullable: false),
                    Source = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeCosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeCosts_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeLinks_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeListItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeListItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeListItems_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeNormativeActs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Changes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Result = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeNormativeActs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeNormativeActs_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Role = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeParticipants_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeResources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Purposes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeResources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeResources_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeResults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    Indicator = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LastYearText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LastYear = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    WholePeriodText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WholePeriod = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Comment = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeResults_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeStakeholders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Group = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CountText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Count = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeStakeholders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeStakeholders_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeActions_PracticeId_SortOrder",
                table: "PracticeActions",
                columns: new[] { "PracticeId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeBeneficiaries_PracticeId_SortOrder",
                table: "PracticeBeneficiaries",
                columns: new[] { "PracticeId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeContacts_PracticeId_SortOrder",
                table: "PracticeContacts",
                columns: new[] { "PracticeId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeCosts_PracticeId_SortOrder",
                table: "PracticeCosts",
                columns: new[] { "PracticeId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeLinks_PracticeId_SortOrder",
                table: "PracticeLinks",
                columns: new[] { "PracticeId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeListItems_PracticeId_Kind_SortOrder",
                table: "PracticeListItems",
                columns: new[] { "PracticeId", "Kind", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeNormativeActs_PracticeId_Kind_SortOrder",
                table: "PracticeNormativeActs",
                columns: new[] { "PracticeId", "Kind", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeParticipants_PracticeId_SortOrder",
                table: "PracticeParticipants",
                columns: new[] { "PracticeId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeResources_PracticeId_SortOrder",
                table: "PracticeResources",
                columns: new[] { "PracticeId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeResults_PracticeId_SortOrder",
                table: "PracticeResults",
                columns: new[] { "PracticeId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_Practices_AuthorUserId",
                table: "Practices",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_ProjectId",
                table: "Practices",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_SearchVector",
                table: "Practices",
                column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_Status_StartYear",
                table: "Practices",
                columns: new[] { "Status", "StartYear" });

            migrationBuilder.CreateIndex(
                name: "IX_Practices_Territory",
                table: "Practices",
                column: "Territory");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeStakeholders_PracticeId_Kind_SortOrder",
                table: "PracticeStakeholders",
                columns: new[] { "PracticeId", "Kind", "SortOrder" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PracticeActions");

            migrationBuilder.DropTable(
                name: "PracticeBeneficiaries");

            migrationBuilder.DropTable(
                name: "PracticeContacts");

            migrationBuilder.DropTable(
                name: "PracticeCosts");

            migrationBuilder.DropTable(
                name: "PracticeLinks");

            migrationBuilder.DropTable(
                name: "PracticeListItems");

            migrationBuilder.DropTable(
                name: "PracticeNormativeActs");

            migrationBuilder.DropTable(
                name: "PracticeParticipants");

            migrationBuilder.DropTable(
                name: "PracticeResources");

            migrationBuilder.DropTable(
                name: "PracticeResults");

            migrationBuilder.DropTable(
                name: "PracticeStakeholders");

            migrationBuilder.DropTable(
                name: "Practices");
        }
    }
}
