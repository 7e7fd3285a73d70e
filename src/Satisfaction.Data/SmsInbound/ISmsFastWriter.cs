using System.Data.Common;
using Satisfaction.Core.Sms;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.SmsInbound;

/// <summary>
/// The SMS webhook writer's raw statements for its common case (a reply that keeps an interview open): the inbound
/// row, the answer, the conversation's new state and the next texts, run on the writer's own connection and
/// transaction without EF Core's change tracking. One implementation per provider (<see cref="SmsFastWriters"/>);
/// instants are stored as UTC ticks on both. The statements are prepared once per connection and reused by every
/// later transaction on it (<see cref="Use"/>). Each call runs one statement at once; nothing is kept after
/// <see cref="IDisposable.Dispose"/>.
/// </summary>
public interface ISmsFastWriter : IDisposable
{
    /// <summary>Runs the statements in <paramref name="transaction"/> (a transaction of the same connection) from now on.</summary>
    void Use(DbTransaction transaction);

    /// <summary>True when an inbound text with this MessageSid is stored.</summary>
    bool Seen(string messageSid);

    /// <summary>The newest open conversation of a number (by its keyed hash) with its case's force, or null; not tracked by any context.</summary>
    SmsOpenConversation? OpenConversation(string phoneKey);

    /// <summary>Inserts the inbound row (its id is not read back).</summary>
    void Inbound(SmsInboundMessage row);

    /// <summary>Inserts one answer of interview <paramref name="interviewId"/> answered at <paramref name="at"/>.</summary>
    void Answer(long interviewId, Core.Questionnaires.Answer value, DateTimeOffset at);

    /// <summary>Updates the conversation's state, status and last activity (by its id).</summary>
    void Conversation(SmsConversation row);

    /// <summary>Queues one text (status <c>queued</c>, no attempts), sent no earlier than <paramref name="notBefore"/>.</summary>
    void Outbox(string key, string toPhone, SmsOutgoing message, long conversationId, DateTimeOffset notBefore, DateTimeOffset at);
}
