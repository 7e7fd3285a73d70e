using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Satisfaction.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddRingback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "appointment_at",
                table: "contact_attempts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "handler",
                table: "contact_attempts",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "call_cases",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sampled_case_id = table.Column<long>(type: "INTEGER", nullable: true),
                    rdd_number_id = table.Column<long>(type: "INTEGER", nullable: true),
                    questionnaire_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    stratum = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    priority = table.Column<int>(type: "INTEGER", nullable: false),
                    next_call_at = table.Column<long>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    disposition = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    locked_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    locked_at = table.Column<long>(type: "INTEGER", nullable: true),
                    lock_expires_at = table.Column<long>(type: "INTEGER", nullable: true),
                    lock_version = table.Column<long>(type: "INTEGER", nullable: false),
                    kish_table = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    selection_method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    selection_adults = table.Column<int>(type: "INTEGER", nullable: true),
                    selection_position = table.Column<int>(type: "INTEGER", nullable: true),
                    selection_probability = table.Column<double>(type: "REAL", nullable: true),
                    interview_id = table.Column<long>(type: "INTEGER", nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "qa_attempts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    call_case_id = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    handler = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    disposition = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    appointment_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_qa_attempts", x => x.id);
                    table.CheckConstraint("ck_qa_attempts_disposition", "disposition GLOB '[1-4]' OR disposition GLOB '[1-4].[0-9]*'");
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    call_case_id = table.Column<long>(type: "INTEGER", nullable: false),
                    questionnaire_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    questionnaire_version = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    state_json = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "qa_answers",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    qa_interview_id = table.Column<long>(type: "INTEGER", nullable: false),
                    question_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    answered_at = table.Column<long>(type: "INTEGER", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "qa_answers");

            migrationBuilder.DropTable(
                name: "qa_attempts");

            migrationBuilder.DropTable(
                name: "qa_interviews");

            migrationBuilder.DropTable(
                name: "call_cases");

            migrationBuilder.DropColumn(
                name: "appointment_at",
                table: "contact_attempts");

            migrationBuilder.DropColumn(
                name: "handler",
                table: "contact_attempts");
        }
    }
}
