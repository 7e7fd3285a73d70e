using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Satisfaction.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<long>(type: "bigint", nullable: false),
                    actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    details = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "do_not_call",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    phone_e164 = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    added_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_do_not_call", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "forces",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    time_zone_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    settings_json = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false, defaultValue: "{}", collation: "C"),
                    created_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forces", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_files",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false, collation: "C"),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "job_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    job = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    fire_id = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    scheduled_at = table.Column<long>(type: "bigint", nullable: false),
                    started_at = table.Column<long>(type: "bigint", nullable: false),
                    finished_at = table.Column<long>(type: "bigint", nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "opt_outs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    victim_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    phone_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    at = table.Column<long>(type: "bigint", nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C")
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    released_at = table.Column<long>(type: "bigint", nullable: false),
                    seed = table.Column<long>(type: "bigint", nullable: false),
                    size = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    programme_codes = table.Column<List<string>>(type: "text[]", maxLength: 400, nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    seed = table.Column<long>(type: "bigint", nullable: false),
                    window_start = table.Column<DateOnly>(type: "date", nullable: false),
                    window_end = table.Column<DateOnly>(type: "date", nullable: false),
                    allocation_method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    selection_method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    parameters_json = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sample_draws", x => x.id);
                    table.CheckConstraint("ck_sample_draws_window", "window_start <= window_end");
                });

            migrationBuilder.CreateTable(
                name: "score_snapshots",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    taken_at = table.Column<long>(type: "bigint", nullable: false),
                    figures = table.Column<int>(type: "integer", nullable: false),
                    scores_json = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_score_snapshots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sms_settings",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_settings", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "sms_suppressions",
                columns: table => new
                {
                    phone_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    opted_out_at = table.Column<long>(type: "bigint", nullable: false),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    lifted_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_suppressions", x => x.phone_key);
                });

            migrationBuilder.CreateTable(
                name: "victim_contacts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    victim_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    phone_e164 = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true, collation: "C"),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_victim_contacts", x => x.id);
                    table.CheckConstraint("ck_victim_contacts_phone_e164", "phone_e164 IS NULL OR phone_e164 ~ '^\\+[1-9].*$'");
                });

            migrationBuilder.CreateTable(
                name: "divisions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    force_id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C")
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    force_id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    user_groups = table.Column<List<string>>(type: "text[]", maxLength: 400, nullable: false),
                    questionnaire_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    force_id = table.Column<int>(type: "integer", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    area_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    prefix = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false, collation: "C"),
                    listed_count = table.Column<int>(type: "integer", nullable: false),
                    division_id = table.Column<int>(type: "integer", nullable: true)
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
                    table.ForeignKey(
                        name: "FK_number_banks_forces_force_id",
                        column: x => x.force_id,
                        principalTable: "forces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "recorded_crimes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    crime_ref = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    recorded_at = table.Column<long>(type: "bigint", nullable: false),
                    recorded_date = table.Column<DateOnly>(type: "date", nullable: false),
                    offence_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    incident_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    division_id = table.Column<int>(type: "integer", nullable: false),
                    victim_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    victim_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    victim_age = table.Column<int>(type: "integer", nullable: true),
                    victim_date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    location_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    flags = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    first_imported_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false),
                    source_file = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false, collation: "C"),
                    source_line = table.Column<long>(type: "bigint", nullable: false)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    phone_e164 = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    number_bank_id = table.Column<int>(type: "integer", nullable: false),
                    rdd_replicate_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    final_disposition = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rdd_numbers", x => x.id);
                    table.CheckConstraint("ck_rdd_numbers_phone_e164", "phone_e164 ~ '^\\+[1-9].*$'");
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sample_draw_id = table.Column<long>(type: "bigint", nullable: false),
                    crime_ref = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    reason_code = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true, collation: "C"),
                    stratum = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    inclusion_probability = table.Column<double>(type: "double precision", nullable: true),
                    asb_repeat_location = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sample_draw_id = table.Column<long>(type: "bigint", nullable: false),
                    crime_ref = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    victim_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    survey_programme_id = table.Column<int>(type: "integer", nullable: false),
                    user_group = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    division_id = table.Column<int>(type: "integer", nullable: false),
                    stratum = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    inclusion_probability = table.Column<double>(type: "double precision", nullable: false),
                    design_weight = table.Column<double>(type: "double precision", nullable: false),
                    asb_repeat_location = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    closed_at = table.Column<long>(type: "bigint", nullable: true),
                    final_disposition = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true, collation: "C")
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
                name: "call_cases",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    sampled_case_id = table.Column<long>(type: "bigint", nullable: true),
                    rdd_number_id = table.Column<long>(type: "bigint", nullable: true),
                    questionnaire_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    stratum = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    next_call_at = table.Column<long>(type: "bigint", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    disposition = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    locked_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    locked_at = table.Column<long>(type: "bigint", nullable: true),
                    lock_expires_at = table.Column<long>(type: "bigint", nullable: true),
                    lock_version = table.Column<long>(type: "bigint", nullable: false),
                    kish_table = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true, collation: "C"),
                    selection_method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    selection_adults = table.Column<int>(type: "integer", nullable: true),
                    selection_position = table.Column<int>(type: "integer", nullable: true),
                    selection_probability = table.Column<double>(type: "double precision", nullable: true),
                    interview_id = table.Column<long>(type: "bigint", nullable: true),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_call_cases", x => x.id);
                    table.CheckConstraint("ck_call_cases_attempts", "attempts >= 0");
                    table.CheckConstraint("ck_call_cases_lock", "(locked_by IS NULL) = (lock_expires_at IS NULL) AND (locked_by IS NULL) = (locked_at IS NULL)");
                    table.CheckConstraint("ck_call_cases_one_case", "(sampled_case_id IS NULL) <> (rdd_number_id IS NULL)");
                    table.CheckConstraint("ck_call_cases_priority", "priority BETWEEN 0 AND 2");
                    table.ForeignKey(
                        name: "FK_call_cases_rdd_numbers_rdd_number_id",
                        column: x => x.rdd_number_id,
                        principalTable: "rdd_numbers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_call_cases_sampled_cases_sampled_case_id",
                        column: x => x.sampled_case_id,
                        principalTable: "sampled_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_attempts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sampled_case_id = table.Column<long>(type: "bigint", nullable: true),
                    rdd_number_id = table.Column<long>(type: "bigint", nullable: true),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    at = table.Column<long>(type: "bigint", nullable: false),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    disposition = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    handler = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    appointment_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contact_attempts", x => x.id);
                    table.CheckConstraint("ck_contact_attempts_disposition", "disposition ~ '^[1-4]$' OR disposition ~ '^[1-4]\\.[0-9].*$'");
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sampled_case_id = table.Column<long>(type: "bigint", nullable: true),
                    rdd_number_id = table.Column<long>(type: "bigint", nullable: true),
                    questionnaire_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    questionnaire_version = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    mode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    started_at = table.Column<long>(type: "bigint", nullable: false),
                    completed_at = table.Column<long>(type: "bigint", nullable: true),
                    state_json = table.Column<string>(type: "text", nullable: false, collation: "C")
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
                name: "sms_case_channels",
                columns: table => new
                {
                    sampled_case_id = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    ring_back_queued = table.Column<bool>(type: "boolean", nullable: false),
                    ring_back_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_case_channels", x => x.sampled_case_id);
                    table.ForeignKey(
                        name: "FK_sms_case_channels_sampled_cases_sampled_case_id",
                        column: x => x.sampled_case_id,
                        principalTable: "sampled_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "qa_attempts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    call_case_id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<long>(type: "bigint", nullable: false),
                    handler = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    disposition = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    appointment_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_qa_attempts", x => x.id);
                    table.CheckConstraint("ck_qa_attempts_disposition", "disposition ~ '^[1-4]$' OR disposition ~ '^[1-4]\\.[0-9].*$'");
                    table.ForeignKey(
                        name: "FK_qa_attempts_call_cases_call_case_id",
                        column: x => x.call_case_id,
                        principalTable: "call_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "qa_interviews",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    call_case_id = table.Column<long>(type: "bigint", nullable: false),
                    questionnaire_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    questionnaire_version = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    started_at = table.Column<long>(type: "bigint", nullable: false),
                    completed_at = table.Column<long>(type: "bigint", nullable: true),
                    state_json = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_qa_interviews", x => x.id);
                    table.ForeignKey(
                        name: "FK_qa_interviews_call_cases_call_case_id",
                        column: x => x.call_case_id,
                        principalTable: "call_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "answers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    interview_id = table.Column<long>(type: "bigint", nullable: false),
                    question_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    answered_at = table.Column<long>(type: "bigint", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "sms_conversations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    phone_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    sampled_case_id = table.Column<long>(type: "bigint", nullable: false),
                    interview_id = table.Column<long>(type: "bigint", nullable: false),
                    sample_json = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    state_json = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    started_at = table.Column<long>(type: "bigint", nullable: false),
                    last_activity_at = table.Column<long>(type: "bigint", nullable: false),
                    reminder_sent_at = table.Column<long>(type: "bigint", nullable: true),
                    ended_at = table.Column<long>(type: "bigint", nullable: true),
                    disposition = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_conversations", x => x.id);
                    table.ForeignKey(
                        name: "FK_sms_conversations_interviews_interview_id",
                        column: x => x.interview_id,
                        principalTable: "interviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sms_conversations_sampled_cases_sampled_case_id",
                        column: x => x.sampled_case_id,
                        principalTable: "sampled_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "qa_answers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    qa_interview_id = table.Column<long>(type: "bigint", nullable: false),
                    question_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    answered_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_qa_answers", x => x.id);
                    table.ForeignKey(
                        name: "FK_qa_answers_qa_interviews_qa_interview_id",
                        column: x => x.qa_interview_id,
                        principalTable: "qa_interviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sms_inbound",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    message_sid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    from_phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    body = table.Column<string>(type: "character varying(1600)", maxLength: 1600, nullable: false, collation: "C"),
                    received_at = table.Column<long>(type: "bigint", nullable: false),
                    conversation_id = table.Column<long>(type: "bigint", nullable: true),
                    question_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_inbound", x => x.id);
                    table.ForeignKey(
                        name: "FK_sms_inbound_sms_conversations_conversation_id",
                        column: x => x.conversation_id,
                        principalTable: "sms_conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sms_outbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    to_phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    body = table.Column<string>(type: "character varying(1600)", maxLength: 1600, nullable: false, collation: "C"),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false, collation: "C"),
                    conversation_id = table.Column<long>(type: "bigint", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    not_before = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    claimed_at = table.Column<long>(type: "bigint", nullable: true),
                    sent_at = table.Column<long>(type: "bigint", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    provider_sid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    delivery_status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true, collation: "C"),
                    error_code = table.Column<int>(type: "integer", nullable: true),
                    last_error = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_outbox", x => x.id);
                    table.ForeignKey(
                        name: "FK_sms_outbox_sms_conversations_conversation_id",
                        column: x => x.conversation_id,
                        principalTable: "sms_conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_answers_interview_id_question_id",
                table: "answers",
                columns: new[] { "interview_id", "question_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_at",
                table: "audit_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_subject",
                table: "audit_log",
                column: "subject");

            migrationBuilder.CreateIndex(
                name: "IX_call_cases_locked_by",
                table: "call_cases",
                column: "locked_by");

            migrationBuilder.CreateIndex(
                name: "IX_call_cases_purpose_rdd_number_id",
                table: "call_cases",
                columns: new[] { "purpose", "rdd_number_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_call_cases_purpose_sampled_case_id",
                table: "call_cases",
                columns: new[] { "purpose", "sampled_case_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_call_cases_rdd_number_id",
                table: "call_cases",
                column: "rdd_number_id");

            migrationBuilder.CreateIndex(
                name: "IX_call_cases_sampled_case_id",
                table: "call_cases",
                column: "sampled_case_id");

            migrationBuilder.CreateIndex(
                name: "ix_call_cases_queue",
                table: "call_cases",
                columns: new[] { "status", "purpose", "priority", "next_call_at", "id" });

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
                name: "IX_inbox_files_sha256",
                table: "inbox_files",
                column: "sha256",
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
                name: "IX_job_runs_fire_id",
                table: "job_runs",
                column: "fire_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_job_runs_job_id",
                table: "job_runs",
                columns: new[] { "job", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_number_banks_division_id",
                table: "number_banks",
                column: "division_id");

            migrationBuilder.CreateIndex(
                name: "IX_number_banks_force_id_area_code_prefix",
                table: "number_banks",
                columns: new[] { "force_id", "area_code", "prefix" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opt_outs_phone_hash",
                table: "opt_outs",
                column: "phone_hash");

            migrationBuilder.CreateIndex(
                name: "IX_opt_outs_victim_id",
                table: "opt_outs",
                column: "victim_id");

            migrationBuilder.CreateIndex(
                name: "IX_qa_answers_qa_interview_id_question_id",
                table: "qa_answers",
                columns: new[] { "qa_interview_id", "question_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_qa_attempts_call_case_id",
                table: "qa_attempts",
                column: "call_case_id");

            migrationBuilder.CreateIndex(
                name: "IX_qa_interviews_call_case_id",
                table: "qa_interviews",
                column: "call_case_id");

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
                name: "IX_score_snapshots_as_of",
                table: "score_snapshots",
                column: "as_of",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sms_case_channels_ring_back_queued",
                table: "sms_case_channels",
                column: "ring_back_queued");

            migrationBuilder.CreateIndex(
                name: "IX_sms_conversations_interview_id",
                table: "sms_conversations",
                column: "interview_id");

            migrationBuilder.CreateIndex(
                name: "IX_sms_conversations_phone_key_status",
                table: "sms_conversations",
                columns: new[] { "phone_key", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_sms_conversations_sampled_case_id",
                table: "sms_conversations",
                column: "sampled_case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sms_conversations_status_last_activity_at",
                table: "sms_conversations",
                columns: new[] { "status", "last_activity_at" });

            migrationBuilder.CreateIndex(
                name: "IX_sms_inbound_conversation_id",
                table: "sms_inbound",
                column: "conversation_id");

            migrationBuilder.CreateIndex(
                name: "IX_sms_inbound_message_sid",
                table: "sms_inbound",
                column: "message_sid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sms_outbox_conversation_id",
                table: "sms_outbox",
                column: "conversation_id");

            migrationBuilder.CreateIndex(
                name: "IX_sms_outbox_idempotency_key",
                table: "sms_outbox",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sms_outbox_provider_sid",
                table: "sms_outbox",
                column: "provider_sid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sms_outbox_status_not_before",
                table: "sms_outbox",
                columns: new[] { "status", "not_before" });

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

            // The audit log is append-only, as on SQLite (its triggers are in AddAuditLog).
            migrationBuilder.Sql(
                "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS " +
                "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;");
            migrationBuilder.Sql(
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();");
            migrationBuilder.Sql(
                "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();");
            migrationBuilder.Sql(
                "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_log_no_delete ON audit_log;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_log_append_only();");

            migrationBuilder.DropTable(
                name: "answers");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "contact_attempts");

            migrationBuilder.DropTable(
                name: "do_not_call");

            migrationBuilder.DropTable(
                name: "draw_considerations");

            migrationBuilder.DropTable(
                name: "inbox_files");

            migrationBuilder.DropTable(
                name: "job_runs");

            migrationBuilder.DropTable(
                name: "opt_outs");

            migrationBuilder.DropTable(
                name: "qa_answers");

            migrationBuilder.DropTable(
                name: "qa_attempts");

            migrationBuilder.DropTable(
                name: "score_snapshots");

            migrationBuilder.DropTable(
                name: "sms_case_channels");

            migrationBuilder.DropTable(
                name: "sms_inbound");

            migrationBuilder.DropTable(
                name: "sms_outbox");

            migrationBuilder.DropTable(
                name: "sms_settings");

            migrationBuilder.DropTable(
                name: "sms_suppressions");

            migrationBuilder.DropTable(
                name: "victim_contacts");

            migrationBuilder.DropTable(
                name: "qa_interviews");

            migrationBuilder.DropTable(
                name: "sms_conversations");

            migrationBuilder.DropTable(
                name: "call_cases");

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
