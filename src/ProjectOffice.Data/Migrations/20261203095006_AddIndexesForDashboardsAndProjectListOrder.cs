using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProjectOffice.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddIndexesForDashboardsAndProjectListOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Projects_Name_Id",
                table: "Projects",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_EndDate",
                table: "PlanItems",
                column: "EndDate");

            migrationBuilder.CreateIndex(
                name: "IX_ControlEvents_Status_DoneOn",
                table: "ControlEvents",
                columns: new[] { "Status", "DoneOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ControlEvents_Status_MarkedAt",
                table: "ControlEvents",
                columns: new[] { "Status", "MarkedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_Name_Id",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_PlanItems_EndDate",
                table: "PlanItems");

            migrationBuilder.DropIndex(
                name: "IX_ControlEvents_Status_DoneOn",
                table: "ControlEvents");

            migrationBuilder.DropIndex(
                name: "IX_ControlEvents_Status_MarkedAt",
                table: "ControlEvents");
        }
    }
}
