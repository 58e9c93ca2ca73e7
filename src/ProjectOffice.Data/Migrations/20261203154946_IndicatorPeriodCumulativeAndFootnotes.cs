using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProjectOffice.Data.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorPeriodCumulativeAndFootnotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PeriodText",
                table: "IndicatorValues",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Cumulative",
                table: "Indicators",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "IndicatorId",
                table: "Footnotes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Footnotes_IndicatorId",
                table: "Footnotes",
                column: "IndicatorId");

            migrationBuilder.AddForeignKey(
                name: "FK_Footnotes_Indicators_IndicatorId",
                table: "Footnotes",
                column: "IndicatorId",
                principalTable: "Indicators",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Footnotes_Indicators_IndicatorId",
                table: "Footnotes");

            migrationBuilder.DropIndex(
                name: "IX_Footnotes_IndicatorId",
                table: "Footnotes");

            migrationBuilder.DropColumn(
                name: "PeriodText",
                table: "IndicatorValues");

            migrationBuilder.DropColumn(
                name: "Cumulative",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "IndicatorId",
                table: "Footnotes");
        }
    }
}
