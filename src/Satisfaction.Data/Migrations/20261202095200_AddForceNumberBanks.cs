using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Satisfaction.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddForceNumberBanks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_number_banks_area_code_prefix",
                table: "number_banks");

            migrationBuilder.AddColumn<bool>(
                name: "active",
                table: "number_banks",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "force_id",
                table: "number_banks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Banks stored before banks belonged to a force go to the first force (the one force of a store so
            // far); a store with banks but no force gets the placeholder force the draw also creates.
            migrationBuilder.Sql(
                "INSERT INTO forces (code, name, time_zone_id, created_at) SELECT 'FORCE', 'Force', 'Europe/London', 0 " +
                "WHERE EXISTS (SELECT 1 FROM number_banks) AND NOT EXISTS (SELECT 1 FROM forces);");
            migrationBuilder.Sql("UPDATE number_banks SET force_id = (SELECT MIN(id) FROM forces);");

            migrationBuilder.CreateIndex(
                name: "IX_number_banks_force_id_area_code_prefix",
                table: "number_banks",
                columns: new[] { "force_id", "area_code", "prefix" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_number_banks_forces_force_id",
                table: "number_banks",
                column: "force_id",
                principalTable: "forces",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_number_banks_forces_force_id",
                table: "number_banks");

            migrationBuilder.DropIndex(
                name: "IX_number_banks_force_id_area_code_prefix",
                table: "number_banks");

            migrationBuilder.DropColumn(
                name: "active",
                table: "number_banks");

            migrationBuilder.DropColumn(
                name: "force_id",
                table: "number_banks");

            migrationBuilder.CreateIndex(
                name: "IX_number_banks_area_code_prefix",
                table: "number_banks",
                columns: new[] { "area_code", "prefix" },
                unique: true);
        }
    }
}
