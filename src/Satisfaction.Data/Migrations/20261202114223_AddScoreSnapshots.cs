using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Satisfaction.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddScoreSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "score_snapshots",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    taken_at = table.Column<long>(type: "INTEGER", nullable: false),
                    figures = table.Column<int>(type: "INTEGER", nullable: false),
                    scores_json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_score_snapshots", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_score_snapshots_as_of",
                table: "score_snapshots",
                column: "as_of",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "score_snapshots");
        }
    }
}
