using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProjectOffice.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlanItemDeadlineInterval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DeadlineEnd",
                table: "PlanItems",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DeadlineStart",
                table: "PlanItems",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeadlineEnd",
                table: "PlanItems");

            migrationBuilder.DropColumn(
                name: "DeadlineStart",
                table: "PlanItems");
        }
    }
}
