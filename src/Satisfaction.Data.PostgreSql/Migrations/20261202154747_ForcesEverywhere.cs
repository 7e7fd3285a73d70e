using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Satisfaction.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ForcesEverywhere : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_draw_considerations_recorded_crimes_crime_ref",
                table: "draw_considerations");

            migrationBuilder.DropForeignKey(
                name: "FK_sampled_cases_recorded_crimes_crime_ref",
                table: "sampled_cases");

            migrationBuilder.DropIndex(
                name: "IX_victim_contacts_victim_id",
                table: "victim_contacts");

            migrationBuilder.DropIndex(
                name: "IX_score_snapshots_as_of",
                table: "score_snapshots");

            migrationBuilder.DropIndex(
                name: "IX_sampled_cases_crime_ref",
                table: "sampled_cases");

            migrationBuilder.DropIndex(
                name: "IX_sample_draws_as_of",
                table: "sample_draws");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_recorded_crimes_crime_ref",
                table: "recorded_crimes");

            migrationBuilder.DropIndex(
                name: "IX_recorded_crimes_crime_ref",
                table: "recorded_crimes");

            migrationBuilder.DropIndex(
                name: "IX_recorded_crimes_recorded_date",
                table: "recorded_crimes");

            migrationBuilder.DropIndex(
                name: "IX_rdd_replicates_month_number",
                table: "rdd_replicates");

            migrationBuilder.DropIndex(
                name: "IX_draw_considerations_crime_ref",
                table: "draw_considerations");

            migrationBuilder.DropIndex(
                name: "ix_call_cases_queue",
                table: "call_cases");

            migrationBuilder.AddColumn<int>(
                name: "force_id",
                table: "victim_contacts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "force_id",
                table: "score_snapshots",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "force_id",
                table: "sampled_cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "force_id",
                table: "sample_draws",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "force_id",
                table: "recorded_crimes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "force_id",
                table: "rdd_replicates",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "force_id",
                table: "draw_considerations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "force_id",
                table: "call_cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Existing stores are upgraded in place: every row takes the force it already had in effect. Crimes take
            // their division's force, draws the force of their cases' divisions (else the store's first force, which the
            // sampler used to assume), considerations and cases their draw's, RDD replicates their numbers' banks',
            // call cases their case's or number's; victim contacts and score snapshots the store's first force. A
            // store with rows but no force at all (only possible before forces were required) gets the force the
            // sampler used to create, FORCE.
            migrationBuilder.Sql("""
                INSERT INTO forces (code, name, time_zone_id, settings_json, created_at)
                SELECT 'FORCE', 'Force', 'Europe/London', '{}', 0
                WHERE NOT EXISTS (SELECT 1 FROM forces)
                  AND (EXISTS (SELECT 1 FROM sample_draws) OR EXISTS (SELECT 1 FROM rdd_replicates)
                    OR EXISTS (SELECT 1 FROM victim_contacts) OR EXISTS (SELECT 1 FROM score_snapshots));
                UPDATE recorded_crimes SET force_id = (SELECT d.force_id FROM divisions d WHERE d.id = recorded_crimes.division_id);
                UPDATE victim_contacts SET force_id = COALESCE(
                    (SELECT MIN(r.force_id) FROM recorded_crimes r WHERE r.victim_id = victim_contacts.victim_id),
                    (SELECT MIN(f.id) FROM forces f));
                UPDATE sample_draws SET force_id = COALESCE(
                    (SELECT MIN(d.force_id) FROM sampled_cases c JOIN divisions d ON d.id = c.division_id WHERE c.sample_draw_id = sample_draws.id),
                    (SELECT MIN(f.id) FROM forces f));
                UPDATE draw_considerations SET force_id = (SELECT s.force_id FROM sample_draws s WHERE s.id = draw_considerations.sample_draw_id);
                UPDATE sampled_cases SET force_id = (SELECT s.force_id FROM sample_draws s WHERE s.id = sampled_cases.sample_draw_id);
                UPDATE rdd_replicates SET force_id = COALESCE(
                    (SELECT MIN(b.force_id) FROM rdd_numbers n JOIN number_banks b ON b.id = n.number_bank_id WHERE n.rdd_replicate_id = rdd_replicates.id),
                    (SELECT MIN(f.id) FROM forces f));
                UPDATE call_cases SET force_id = COALESCE(
                    (SELECT c.force_id FROM sampled_cases c WHERE c.id = call_cases.sampled_case_id),
                    (SELECT r.force_id FROM rdd_numbers n JOIN rdd_replicates r ON r.id = n.rdd_replicate_id WHERE n.id = call_cases.rdd_number_id));
                UPDATE score_snapshots SET force_id = (SELECT MIN(f.id) FROM forces f);
                """);

            migrationBuilder.AddUniqueConstraint(
                name: "AK_recorded_crimes_force_id_crime_ref",
                table: "recorded_crimes",
                columns: new[] { "force_id", "crime_ref" });

            migrationBuilder.CreateIndex(
                name: "IX_victim_contacts_force_id_victim_id",
                table: "victim_contacts",
                columns: new[] { "force_id", "victim_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_score_snapshots_force_id_as_of",
                table: "score_snapshots",
                columns: new[] { "force_id", "as_of" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sampled_cases_force_id_crime_ref",
                table: "sampled_cases",
                columns: new[] { "force_id", "crime_ref" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sample_draws_force_id_as_of",
                table: "sample_draws",
                columns: new[] { "force_id", "as_of" });

            migrationBuilder.CreateIndex(
                name: "IX_recorded_crimes_force_id_recorded_date",
                table: "recorded_crimes",
                columns: new[] { "force_id", "recorded_date" });

            migrationBuilder.CreateIndex(
                name: "IX_rdd_replicates_force_id_month_number",
                table: "rdd_replicates",
                columns: new[] { "force_id", "month", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_draw_considerations_force_id_crime_ref",
                table: "draw_considerations",
                columns: new[] { "force_id", "crime_ref" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_call_cases_queue",
                table: "call_cases",
                columns: new[] { "force_id", "status", "purpose", "priority", "next_call_at", "id" });

            migrationBuilder.AddForeignKey(
                name: "FK_call_cases_forces_force_id",
                table: "call_cases",
                column: "force_id",
                principalTable: "forces",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_draw_considerations_recorded_crimes_force_id_crime_ref",
                table: "draw_considerations",
                columns: new[] { "force_id", "crime_ref" },
                principalTable: "recorded_crimes",
                principalColumns: new[] { "force_id", "crime_ref" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_rdd_replicates_forces_force_id",
                table: "rdd_replicates",
                column: "force_id",
                principalTable: "forces",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_recorded_crimes_forces_force_id",
                table: "recorded_crimes",
                column: "force_id",
                principalTable: "forces",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_sample_draws_forces_force_id",
                table: "sample_draws",
                column: "force_id",
                principalTable: "forces",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_sampled_cases_recorded_crimes_force_id_crime_ref",
                table: "sampled_cases",
                columns: new[] { "force_id", "crime_ref" },
                principalTable: "recorded_crimes",
                principalColumns: new[] { "force_id", "crime_ref" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_score_snapshots_forces_force_id",
                table: "score_snapshots",
                column: "force_id",
                principalTable: "forces",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_victim_contacts_forces_force_id",
                table: "victim_contacts",
                column: "force_id",
                principalTable: "forces",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_call_cases_forces_force_id",
                table: "call_cases");

            migrationBuilder.DropForeignKey(
                name: "FK_draw_considerations_recorded_crimes_force_id_crime_ref",
                table: "draw_considerations");

            migrationBuilder.DropForeignKey(
                name: "FK_rdd_replicates_forces_force_id",
                table: "rdd_replicates");

            migrationBuilder.DropForeignKey(
                name: "FK_recorded_crimes_forces_force_id",
                table: "recorded_crimes");

            migrationBuilder.DropForeignKey(
                name: "FK_sample_draws_forces_force_id",
                table: "sample_draws");

            migrationBuilder.DropForeignKey(
                name: "FK_sampled_cases_recorded_crimes_force_id_crime_ref",
                table: "sampled_cases");

            migrationBuilder.DropForeignKey(
                name: "FK_score_snapshots_forces_force_id",
                table: "score_snapshots");

            migrationBuilder.DropForeignKey(
                name: "FK_victim_contacts_forces_force_id",
                table: "victim_contacts");

            migrationBuilder.DropIndex(
                name: "IX_victim_contacts_force_id_victim_id",
                table: "victim_contacts");

            migrationBuilder.DropIndex(
                name: "IX_score_snapshots_force_id_as_of",
                table: "score_snapshots");

            migrationBuilder.DropIndex(
                name: "IX_sampled_cases_force_id_crime_ref",
                table: "sampled_cases");

            migrationBuilder.DropIndex(
                name: "IX_sample_draws_force_id_as_of",
                table: "sample_draws");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_recorded_crimes_force_id_crime_ref",
                table: "recorded_crimes");

            migrationBuilder.DropIndex(
                name: "IX_recorded_crimes_force_id_recorded_date",
                table: "recorded_crimes");

            migrationBuilder.DropIndex(
                name: "IX_rdd_replicates_force_id_month_number",
                table: "rdd_replicates");

            migrationBuilder.DropIndex(
                name: "IX_draw_considerations_force_id_crime_ref",
                table: "draw_considerations");

            migrationBuilder.DropIndex(
                name: "ix_call_cases_queue",
                table: "call_cases");

            migrationBuilder.DropColumn(
                name: "force_id",
                table: "victim_contacts");

            migrationBuilder.DropColumn(
                name: "force_id",
                table: "score_snapshots");

            migrationBuilder.DropColumn(
                name: "force_id",
                table: "sampled_cases");

            migrationBuilder.DropColumn(
                name: "force_id",
                table: "sample_draws");

            migrationBuilder.DropColumn(
                name: "force_id",
                table: "recorded_crimes");

            migrationBuilder.DropColumn(
                name: "force_id",
                table: "rdd_replicates");

            migrationBuilder.DropColumn(
                name: "force_id",
                table: "draw_considerations");

            migrationBuilder.DropColumn(
                name: "force_id",
                table: "call_cases");

            migrationBuilder.AddUniqueConstraint(
                name: "AK_recorded_crimes_crime_ref",
                table: "recorded_crimes",
                column: "crime_ref");

            migrationBuilder.CreateIndex(
                name: "IX_victim_contacts_victim_id",
                table: "victim_contacts",
                column: "victim_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_score_snapshots_as_of",
                table: "score_snapshots",
                column: "as_of",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sampled_cases_crime_ref",
                table: "sampled_cases",
                column: "crime_ref",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sample_draws_as_of",
                table: "sample_draws",
                column: "as_of");

            migrationBuilder.CreateIndex(
                name: "IX_recorded_crimes_crime_ref",
                table: "recorded_crimes",
                column: "crime_ref",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_recorded_crimes_recorded_date",
                table: "recorded_crimes",
                column: "recorded_date");

            migrationBuilder.CreateIndex(
                name: "IX_rdd_replicates_month_number",
                table: "rdd_replicates",
                columns: new[] { "month", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_draw_considerations_crime_ref",
                table: "draw_considerations",
                column: "crime_ref",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_call_cases_queue",
                table: "call_cases",
                columns: new[] { "status", "purpose", "priority", "next_call_at", "id" });

            migrationBuilder.AddForeignKey(
                name: "FK_draw_considerations_recorded_crimes_crime_ref",
                table: "draw_considerations",
                column: "crime_ref",
                principalTable: "recorded_crimes",
                principalColumn: "crime_ref",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_sampled_cases_recorded_crimes_crime_ref",
                table: "sampled_cases",
                column: "crime_ref",
                principalTable: "recorded_crimes",
                principalColumn: "crime_ref",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
