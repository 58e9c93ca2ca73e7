using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProjectOffice.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddJournalProjectKeyAndAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nobody edits or deletes journal rows, whatever the client: the database refuses it.
            migrationBuilder.Sql("""
                CREATE FUNCTION journal_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'The journal is append-only: rows cannot be changed or deleted';
                END $$;
                CREATE TRIGGER journal_append_only BEFORE UPDATE OR DELETE ON "Journal"
                    FOR EACH ROW EXECUTE FUNCTION journal_is_append_only();
                """);

            migrationBuilder.AddForeignKey(
                name: "FK_Journal_Projects_ProjectId",
                table: "Journal",
                column: "ProjectId",
                principalTable: "Projects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER journal_append_only ON "Journal";
                DROP FUNCTION journal_is_append_only();
                """);

            migrationBuilder.DropForeignKey(
                name: "FK_Journal_Projects_ProjectId",
                table: "Journal");
        }
    }
}
