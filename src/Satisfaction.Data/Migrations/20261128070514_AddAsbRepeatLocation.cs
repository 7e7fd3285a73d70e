using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Satisfaction.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddAsbRepeatLocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "asb_repeat_location",
                table: "sampled_cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "asb_repeat_location",
                table: "draw_considerations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "asb_repeat_location",
                table: "sampled_cases");

            migrationBuilder.DropColumn(
                name: "asb_repeat_location",
                table: "draw_considerations");
        }
    }
}
