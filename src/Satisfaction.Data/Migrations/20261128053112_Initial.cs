using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Satisfaction.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "do_not_call",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    phone_e164 = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    added_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_do_not_call", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "forces",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    time_zone_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forces", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "opt_outs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    victim_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    phone_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opt_outs", x => x.id);
                    table.CheckConstraint("ck_opt_outs_subject", "victim_id IS NOT NULL OR phone_hash IS NOT NULL");
                });

            migrationBuilder.CreateTable(
                name: "rdd_replicates",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    released_at = table.Column<long>(type: "INTEGER", nullable: false),
                    seed = table.Column<long>(type: "INTEGER", nullable: false),
                    size = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rdd_replicates", x => x.id);
                    table.CheckConstraint("ck_rdd_replicates_number", "number >= 1 AND size >= 0");
                });

            migrationBuilder.CreateTable(
                name: "sample_draws",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    programme_codes = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    seed = table.Column<long>(type: "INTEGER", nullable: false),
                    window_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    window_end = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    allocation_method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    selection_method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    parameters_json = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sample_draws", x => x.id);
                    table.CheckConstraint("ck_sample_draws_window", "window_start <= window_end");
                });

            migrationBuilder.CreateTable(
                name: "victim_contacts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    victim_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    phone_e164 = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_victim_contacts", x => x.id);
                    table.CheckConstraint("ck_victim_contacts_phone_e164", "phone_e164 IS NULL OR phone_e164 GLOB '+[1-9]*'");
                });

            migrationBuilder.CreateTable(
                name: "divisions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    force_id = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_divisions", x => x.id);
                    table.ForeignKey(
                        name: "FK_divisions_forces_force_id",
                        column: x => x.force_id,
                        principalTable: "forces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "survey_programmes",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    force_id = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    user_groups = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    questionnaire_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_programmes", x => x.id);
                    table.ForeignKey(
                        name: "FK_survey_programmes_forces_force_id",
                        column: x => x.force_id,
                        principalTable: "forces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "number_banks",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    area_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    prefix = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    listed_count = table.Column<int>(type: "INTEGER", nullable: false),
                    division_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_number_banks", x => x.id);
                    table.CheckConstraint("ck_number_banks_listed_count", "listed_count >= 0 AND listed_count <= 100");
                    table.ForeignKey(
                        name: "FK_number_banks_divisions_division_id",
                        column: x => x.division_id,
                        principalTable: "divisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "recorded_crimes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    crime_ref = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    offence_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    incident_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    division_id = table.Column<int>(type: "INTEGER", nullable: false),
                    victim_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    victim_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    victim_age = table.Column<int>(type: "INTEGER", nullable: true),
                    victim_date_of_birth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    location_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    flags = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    first_imported_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    source_file = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    source_line = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recorded_crimes", x => x.id);
                    table.UniqueConstraint("AK_recorded_crimes_crime_ref", x => x.crime_ref);
                    table.CheckConstraint("ck_recorded_crimes_source_line", "source_line >= 0");
                    table.CheckConstraint("ck_recorded_crimes_victim_age", "victim_age IS NULL OR (victim_age >= 0 AND victim_age <= 130)");
                    table.ForeignKey(
                        name: "FK_recorded_crimes_divisions_division_id",
                        column: x => x.division_id,
                        principalTable: "divisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rdd_numbers",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    phone_e164 = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    number_bank_id = table.Column<int>(type: "INTEGER", nullable: false),
                    rdd_replicate_id = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    final_disposition = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rdd_numbers", x => x.id);
                    table.CheckConstraint("ck_rdd_numbers_phone_e164", "phone_e164 GLOB '+[1-9]*'");
                    table.ForeignKey(
                        name: "FK_rdd_numbers_number_banks_number_bank_id",
                        column: x => x.number_bank_id,
                        principalTable: "number_banks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_rdd_numbers_rdd_replicates_rdd_replicate_id",
                        column: x => x.rdd_replicate_id,
                        principalTable: "rdd_replicates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "draw_considerations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sample_draw_id = table.Column<long>(type: "INTEGER", nullable: false),
                    crime_ref = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reason_code = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    stratum = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    inclusion_probability = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_draw_considerations", x => x.id);
                    table.CheckConstraint("ck_draw_considerations_probability", "inclusion_probability IS NULL OR (inclusion_probability >= 0 AND inclusion_probability <= 1)");
                    table.ForeignKey(
                        name: "FK_draw_considerations_recorded_crimes_crime_ref",
                        column: x => x.crime_ref,
                        principalTable: "recorded_crimes",
                        principalColumn: "crime_ref",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_draw_considerations_sample_draws_sample_draw_id",
                        column: x => x.sample_draw_id,
                        principalTable: "sample_draws",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sampled_cases",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sample_draw_id = table.Column<long>(type: "INTEGER", nullable: false),
                    crime_ref = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    victim_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    survey_programme_id = table.Column<int>(type: "INTEGER", nullable: false),
                    user_group = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_id = table.Column<int>(type: "INTEGER", nullable: false),
                    stratum = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    inclusion_probability = table.Column<double>(type: "REAL", nullable: false),
                    design_weight = table.Column<double>(type: "REAL", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    final_disposition = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sampled_cases", x => x.id);
                    table.CheckConstraint("ck_sampled_cases_probability", "inclusion_probability > 0 AND inclusion_probability <= 1");
                    table.CheckConstraint("ck_sampled_cases_weight", "design_weight >= 1");
                    table.ForeignKey(
                        name: "FK_sampled_cases_divisions_division_id",
                        column: x => x.division_id,
                        principalTable: "divisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sampled_cases_recorded_crimes_crime_ref",
                        column: x => x.crime_ref,
                        principalTable: "recorded_crimes",
                        principalColumn: "crime_ref",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sampled_cases_sample_draws_sample_draw_id",
                        column: x => x.sample_draw_id,
                        principalTable: "sample_draws",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sampled_cases_survey_programmes_survey_programme_id",
                        column: x => x.survey_programme_id,
                        principalTable: "survey_programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_attempts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sampled_case_id = table.Column<long>(type: "INTEGER", nullable: true),
                    rdd_number_id = table.Column<long>(type: "INTEGER", nullable: true),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    disposition = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contact_attempts", x => x.id);
                    table.CheckConstraint("ck_contact_attempts_disposition", "disposition GLOB '[1-4]' OR disposition GLOB '[1-4].[0-9]*'");
                    table.CheckConstraint("ck_contact_attempts_one_case", "(sampled_case_id IS NULL) <> (rdd_number_id IS NULL)");
                    table.ForeignKey(
                        name: "FK_contact_attempts_rdd_numbers_rdd_number_id",
                        column: x => x.rdd_number_id,
                        principalTable: "rdd_numbers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_contact_attempts_sampled_cases_sampled_case_id",
                        column: x => x.sampled_case_id,
                        principalTable: "sampled_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "interviews",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sampled_case_id = table.Column<long>(type: "INTEGER", nullable: true),
                    rdd_number_id = table.Column<long>(type: "INTEGER", nullable: true),
                    questionnaire_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    questionnaire_version = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    state_json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interviews", x => x.id);
                    table.CheckConstraint("ck_interviews_one_case", "(sampled_case_id IS NULL) <> (rdd_number_id IS NULL)");
                    table.ForeignKey(
                        name: "FK_interviews_rdd_numbers_rdd_number_id",
                        column: x => x.rdd_number_id,
                        principalTable: "rdd_numbers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_interviews_sampled_cases_sampled_case_id",
                        column: x => x.sampled_case_id,
                        principalTable: "sampled_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "answers",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    interview_id = table.Column<long>(type: "INTEGER", nullable: false),
                    question_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    answered_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_answers", x => x.id);
                    table.ForeignKey(
                        name: "FK_answers_interviews_interview_id",
                        column: x => x.interview_id,
                        principalTable: "interviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_answers_interview_id_question_id",
                table: "answers",
                columns: new[] { "interview_id", "question_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contact_attempts_rdd_number_id",
                table: "contact_attempts",
                column: "rdd_number_id");

            migrationBuilder.CreateIndex(
                name: "IX_contact_attempts_sampled_case_id",
                table: "contact_attempts",
                column: "sampled_case_id");

            migrationBuilder.CreateIndex(
                name: "IX_divisions_force_id_code",
                table: "divisions",
                columns: new[] { "force_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_do_not_call_phone_e164",
                table: "do_not_call",
                column: "phone_e164",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_draw_considerations_crime_ref",
                table: "draw_considerations",
                column: "crime_ref",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_draw_considerations_sample_draw_id",
                table: "draw_considerations",
                column: "sample_draw_id");

            migrationBuilder.CreateIndex(
                name: "IX_forces_code",
                table: "forces",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interviews_rdd_number_id",
                table: "interviews",
                column: "rdd_number_id");

            migrationBuilder.CreateIndex(
                name: "IX_interviews_sampled_case_id",
                table: "interviews",
                column: "sampled_case_id");

            migrationBuilder.CreateIndex(
                name: "IX_number_banks_area_code_prefix",
                table: "number_banks",
                columns: new[] { "area_code", "prefix" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_number_banks_division_id",
                table: "number_banks",
                column: "division_id");

            migrationBuilder.CreateIndex(
                name: "IX_opt_outs_phone_hash",
                table: "opt_outs",
                column: "phone_hash");

            migrationBuilder.CreateIndex(
                name: "IX_opt_outs_victim_id",
                table: "opt_outs",
                column: "victim_id");

            migrationBuilder.CreateIndex(
                name: "IX_rdd_numbers_number_bank_id",
                table: "rdd_numbers",
                column: "number_bank_id");

            migrationBuilder.CreateIndex(
                name: "IX_rdd_numbers_phone_e164",
                table: "rdd_numbers",
                column: "phone_e164",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rdd_numbers_rdd_replicate_id",
                table: "rdd_numbers",
                column: "rdd_replicate_id");

            migrationBuilder.CreateIndex(
                name: "IX_rdd_replicates_month_number",
                table: "rdd_replicates",
                columns: new[] { "month", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_recorded_crimes_crime_ref",
                table: "recorded_crimes",
                column: "crime_ref",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_recorded_crimes_division_id",
                table: "recorded_crimes",
                column: "division_id");

            migrationBuilder.CreateIndex(
                name: "IX_recorded_crimes_location_id_recorded_date",
                table: "recorded_crimes",
                columns: new[] { "location_id", "recorded_date" });

            migrationBuilder.CreateIndex(
                name: "IX_recorded_crimes_recorded_date",
                table: "recorded_crimes",
                column: "recorded_date");

            migrationBuilder.CreateIndex(
                name: "IX_recorded_crimes_victim_id",
                table: "recorded_crimes",
                column: "victim_id");

            migrationBuilder.CreateIndex(
                name: "IX_sample_draws_as_of",
                table: "sample_draws",
                column: "as_of");

            migrationBuilder.CreateIndex(
                name: "IX_sampled_cases_crime_ref",
                table: "sampled_cases",
                column: "crime_ref",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sampled_cases_division_id",
                table: "sampled_cases",
                column: "division_id");

            migrationBuilder.CreateIndex(
                name: "IX_sampled_cases_sample_draw_id",
                table: "sampled_cases",
                column: "sample_draw_id");

            migrationBuilder.CreateIndex(
                name: "IX_sampled_cases_survey_programme_id",
                table: "sampled_cases",
                column: "survey_programme_id");

            migrationBuilder.CreateIndex(
                name: "IX_sampled_cases_victim_id",
                table: "sampled_cases",
                column: "victim_id");

            migrationBuilder.CreateIndex(
                name: "IX_survey_programmes_force_id_code",
                table: "survey_programmes",
                columns: new[] { "force_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_victim_contacts_phone_e164",
                table: "victim_contacts",
                column: "phone_e164");

            migrationBuilder.CreateIndex(
                name: "IX_victim_contacts_victim_id",
                table: "victim_contacts",
                column: "victim_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "answers");

            migrationBuilder.DropTable(
                name: "contact_attempts");

            migrationBuilder.DropTable(
                name: "do_not_call");

            migrationBuilder.DropTable(
                name: "draw_considerations");

            migrationBuilder.DropTable(
                name: "opt_outs");

            migrationBuilder.DropTable(
                name: "victim_contacts");

            migrationBuilder.DropTable(
                name: "interviews");

            migrationBuilder.DropTable(
                name: "rdd_numbers");

            migrationBuilder.DropTable(
                name: "sampled_cases");

            migrationBuilder.DropTable(
                name: "number_banks");

            migrationBuilder.DropTable(
                name: "rdd_replicates");

            migrationBuilder.DropTable(
                name: "recorded_crimes");

            migrationBuilder.DropTable(
                name: "sample_draws");

            migrationBuilder.DropTable(
                name: "survey_programmes");

            migrationBuilder.DropTable(
                name: "divisions");

            migrationBuilder.DropTable(
                name: "forces");
        }
    }
}
