using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Satisfaction.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sms_case_channels",
                columns: table => new
                {
                    sampled_case_id = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ring_back_queued = table.Column<bool>(type: "INTEGER", nullable: false),
                    ring_back_reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "sms_conversations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    phone_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sampled_case_id = table.Column<long>(type: "INTEGER", nullable: false),
                    interview_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sample_json = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    state_json = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_activity_at = table.Column<long>(type: "INTEGER", nullable: false),
                    reminder_sent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    ended_at = table.Column<long>(type: "INTEGER", nullable: true),
                    disposition = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true)
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
                name: "sms_settings",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_settings", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "sms_suppressions",
                columns: table => new
                {
                    phone_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    opted_out_at = table.Column<long>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    lifted_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_suppressions", x => x.phone_key);
                });

            migrationBuilder.CreateTable(
                name: "sms_inbound",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    message_sid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    from_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 1600, nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    conversation_id = table.Column<long>(type: "INTEGER", nullable: true),
                    question_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    to_phone = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 1600, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    conversation_id = table.Column<long>(type: "INTEGER", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    not_before = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    claimed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    provider_sid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    delivery_status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    error_code = table.Column<int>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "sms_conversations");
        }
    }
}
