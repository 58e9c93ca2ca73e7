using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProjectOffice.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddStageVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "Stages",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                table: "Stages");
        }
    }
}
