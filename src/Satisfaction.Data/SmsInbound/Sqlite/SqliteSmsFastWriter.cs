using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sms;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.SmsInbound.Sqlite;

/// <summary>
/// SQLite: prepared statements for the webhook writer's common case (a reply that keeps an interview open): whether a
/// MessageSid was seen, the number's open conversation, then the inbound row, the answer, the conversation's state and
/// the next texts, read and written in the writer's transaction without EF Core's query pipeline or change tracking.
/// Lengths are checked as <c>StoreValidation</c> would (the caller trims bodies to 1,600). The statements are prepared
/// once per connection and reused by every later transaction on it (<see cref="Use"/>).
/// </summary>
public sealed class SqliteSmsFastWriter : ISmsFastWriter
{
    private readonly SqliteCommand inbound;
    private readonly SqliteCommand answer;
    private readonly SqliteCommand conversation;
    private readonly SqliteCommand outbox;
    private readonly SqliteCommand seen;
    private readonly SqliteCommand open;

    /// <summary>Prepares the statements on <paramref name="connection"/> inside <paramref name="transaction"/>.</summary>
    public SqliteSmsFastWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        inbound = Prepare(connection, transaction,
            "INSERT INTO sms_inbound (message_sid, from_phone, body, received_at, conversation_id, question_id, outcome) VALUES ($sid, $from, $body, $at, $conversation, $question, $outcome)",
            "$sid", "$from", "$body", "$at", "$conversation", "$question", "$outcome");
        answer = Prepare(connection, transaction,
            "INSERT INTO answers (interview_id, question_id, code, text, answered_at) VALUES ($interview, $question, $code, $text, $at)",
            "$interview", "$question", "$code", "$text", "$at");
        conversation = Prepare(connection, transaction,
            "UPDATE sms_conversations SET state_json = $state, status = $status, last_activity_at = $at WHERE id = $id",
            "$state", "$status", "$at", "$id");
        outbox = Prepare(connection, transaction,
            "INSERT INTO sms_outbox (idempotency_key, to_phone, body, kind, conversation_id, status, not_before, created_at, attempts) " +
            "VALUES ($key, $to, $body, $kind, $conversation, 'queued', $notBefore, $at, 0)",
            "$key", "$to", "$body", "$kind", "$conversation", "$notBefore", "$at");
        seen = Prepare(connection, transaction, "SELECT 1 FROM sms_inbound WHERE message_sid = $sid LIMIT 1", "$sid");
        open = Prepare(connection, transaction,
            "SELECT " + OpenConversationRow.Columns + " " +
            "FROM sms_conversations WHERE phone_key = $key AND status = $open ORDER BY id DESC LIMIT 1",
            "$key", "$open");
        open.Parameters[1].Value = EnumCodes.ToCode(SmsConversationStatus.Open);
    }

    /// <inheritdoc />
    public void Use(DbTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var sqlite = (SqliteTransaction)transaction;
        inbound.Transaction = sqlite;
        answer.Transaction = sqlite;
        conversation.Transaction = sqlite;
        outbox.Transaction = sqlite;
        seen.Transaction = sqlite;
        open.Transaction = sqlite;
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

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // The SQL is constant; values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
