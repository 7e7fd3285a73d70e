using System.Data.Common;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sms;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.SmsInbound.PostgreSql;

/// <summary>
/// PostgreSQL: the same statements as SQLite's (<see cref="Sqlite.SqliteSmsFastWriter"/>), prepared on the
/// writer's connection with typed parameters (text and <c>bigint</c> ticks, so a null never changes a parameter's
/// type between runs). Lengths are checked by the columns (<c>varchar(n)</c>) and by the caller, as on SQLite.
/// </summary>
public sealed class PostgreSqlSmsFastWriter : ISmsFastWriter
{
    private readonly NpgsqlCommand inbound;
    private readonly NpgsqlCommand answer;
    private readonly NpgsqlCommand conversation;
    private readonly NpgsqlCommand outbox;
    private readonly NpgsqlCommand seen;
    private readonly NpgsqlCommand open;

    /// <summary>Prepares the statements on <paramref name="connection"/> inside <paramref name="transaction"/>.</summary>
    public PostgreSqlSmsFastWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        inbound = Prepare(connection, transaction,
            "INSERT INTO sms_inbound (message_sid, from_phone, body, received_at, conversation_id, question_id, outcome) VALUES (@sid, @from, @body, @at, @conversation, @question, @outcome)",
            ("sid", NpgsqlDbType.Text), ("from", NpgsqlDbType.Text), ("body", NpgsqlDbType.Text), ("at", NpgsqlDbType.Bigint), ("conversation", NpgsqlDbType.Bigint), ("question", NpgsqlDbType.Text), ("outcome", NpgsqlDbType.Text));
        answer = Prepare(connection, transaction,
            "INSERT INTO answers (interview_id, question_id, code, text, answered_at) VALUES (@interview, @question, @code, @text, @at)",
            ("interview", NpgsqlDbType.Bigint), ("question", NpgsqlDbType.Text), ("code", NpgsqlDbType.Text), ("text", NpgsqlDbType.Text), ("at", NpgsqlDbType.Bigint));
        conversation = Prepare(connection, transaction,
            "UPDATE sms_conversations SET state_json = @state, status = @status, last_activity_at = @at WHERE id = @id",
            ("state", NpgsqlDbType.Text), ("status", NpgsqlDbType.Text), ("at", NpgsqlDbType.Bigint), ("id", NpgsqlDbType.Bigint));
        outbox = Prepare(connection, transaction,
            "INSERT INTO sms_outbox (idempotency_key, to_phone, body, kind, conversation_id, status, not_before, created_at, attempts) " +
            "VALUES (@key, @to, @body, @kind, @conversation, 'queued', @notBefore, @at, 0)",
            ("key", NpgsqlDbType.Text), ("to", NpgsqlDbType.Text), ("body", NpgsqlDbType.Text), ("kind", NpgsqlDbType.Text), ("conversation", NpgsqlDbType.Bigint), ("notBefore", NpgsqlDbType.Bigint), ("at", NpgsqlDbType.Bigint));
        seen = Prepare(connection, transaction, "SELECT 1 FROM sms_inbound WHERE message_sid = @sid LIMIT 1", ("sid", NpgsqlDbType.Text));
        open = Prepare(connection, transaction,
            "SELECT " + OpenConversationRow.Columns + " " +
            "FROM sms_conversations WHERE phone_key = @key AND status = @open ORDER BY id DESC LIMIT 1",
            ("key", NpgsqlDbType.Text), ("open", NpgsqlDbType.Text));
        open.Parameters[1].Value = EnumCodes.ToCode(SmsConversationStatus.Open);
    }

    /// <inheritdoc />
    public void Use(DbTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var npgsql = (NpgsqlTransaction)transaction;
        foreach (var command in new[] { inbound, answer, conversation, outbox, seen, open })
        {
            command.Transaction = npgsql;
        }
    }

    /// <inheritdoc />
    public bool Seen(string messageSid)
    {
        seen.Parameters[0].Value = messageSid;
        return seen.ExecuteScalar() is not null;
    }

    /// <inheritdoc />
    public SmsOpenConversation? OpenConversation(string phoneKey)
    {
        open.Parameters[0].Value = phoneKey;
        using var reader = open.ExecuteReader();
        return OpenConversationRow.Read(reader, phoneKey);
    }

    /// <inheritdoc />
    public void Inbound(SmsInboundMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Run(inbound, row.MessageSid, row.FromPhone, row.Body, row.ReceivedAt.UtcTicks, row.ConversationId, row.QuestionId, row.Outcome);
    }

    /// <inheritdoc />
    public void Answer(long interviewId, Core.Questionnaires.Answer value, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(value);
        Run(answer, interviewId, value.QuestionId, value.Code?.ToString(CultureInfo.InvariantCulture), value.Text, at.UtcTicks);
    }

    /// <inheritdoc />
    public void Conversation(SmsConversation row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Run(conversation, row.StateJson, EnumCodes.ToCode(row.Status), row.LastActivityAt.UtcTicks, row.Id);
    }

    /// <inheritdoc />
    public void Outbox(string key, string toPhone, SmsOutgoing message, long conversationId, DateTimeOffset notBefore, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(message);
        Run(outbox, key, toPhone, message.Body, EnumCodes.ToCode(message.Kind), conversationId, notBefore.UtcTicks, at.UtcTicks);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        inbound.Dispose();
        answer.Dispose();
        conversation.Dispose();
        outbox.Dispose();
        seen.Dispose();
        open.Dispose();
    }

    private static NpgsqlCommand Prepare(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, params (string Name, NpgsqlDbType Type)[] parameters)
    {
#pragma warning disable CA2100 // The SQL is constant; values are parameters.
        var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        foreach (var (name, type) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, type));
        }

        command.Prepare();
        return command;
    }

    private static void Run(NpgsqlCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
