using System.Data.Common;
using Satisfaction.Core.Sms;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.SmsInbound;

/// <summary>
/// The open-conversation query both fast writers prepare (columns in this order) and the row it reads back as an
/// untracked <see cref="SmsConversation"/> with the force of its case; instants are UTC ticks on both providers.
/// </summary>
internal static class OpenConversationRow
{
    /// <summary>The selected columns, from <c>sms_conversations</c>, and the force of the conversation's case (a primary-key look-up).</summary>
    public const string Columns = "id, sampled_case_id, interview_id, sample_json, state_json, started_at, last_activity_at, reminder_sent_at, " +
        "(SELECT s.force_id FROM sampled_cases s WHERE s.id = sms_conversations.sampled_case_id)";

    /// <summary>The newest open conversation of <paramref name="phoneKey"/> from the query's reader, or null when it has no row.</summary>
    public static SmsOpenConversation? Read(DbDataReader reader, string phoneKey)
    {
        if (!reader.Read())
        {
            return null;
        }

        return new SmsOpenConversation(new SmsConversation
        {
            Id = reader.GetInt64(0),
            PhoneKey = phoneKey,
            SampledCaseId = reader.GetInt64(1),
            InterviewId = reader.GetInt64(2),
            SampleJson = reader.GetString(3),
            StateJson = reader.GetString(4),
            Status = SmsConversationStatus.Open,
            StartedAt = Ticks(reader.GetInt64(5)),
            LastActivityAt = Ticks(reader.GetInt64(6)),
            ReminderSentAt = reader.IsDBNull(7) ? null : Ticks(reader.GetInt64(7)),
        }, reader.IsDBNull(8) ? null : reader.GetInt32(8));
    }

    private static DateTimeOffset Ticks(long utcTicks) => new(utcTicks, TimeSpan.Zero);
}
