using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Satisfaction.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddAuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    details = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_at",
                table: "audit_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_subject",
                table: "audit_log",
                column: "subject");

            // Append-only at the database level too, not just in SaveChanges.
            migrationBuilder.Sql(
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log " +
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log " +
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_log_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_log_no_update;");
            migrationBuilder.DropTable(
                name: "audit_log");
        }
    }
}
