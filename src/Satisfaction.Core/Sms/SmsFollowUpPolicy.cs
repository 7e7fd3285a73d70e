namespace Satisfaction.Core.Sms;

/// <summary>
/// Reminder and expiry timing: one reminder once <see cref="ReminderAfter"/> has passed since the last question
/// or reply (sent only when SMS is permitted then); expiry once <see cref="ExpireAfter"/> has passed since the
/// last question or reply (the reminder does not restart the clock).
/// </summary>
/// <param name="ReminderAfter">Quiet time before the reminder (default 24 h); must be positive.</param>
/// <param name="ExpireAfter">Quiet time before expiry (default 72 h); must be longer than <paramref name="ReminderAfter"/>.</param>
public sealed record SmsFollowUpPolicy(TimeSpan ReminderAfter, TimeSpan ExpireAfter)
{
    /// <summary>The defaults: 24 h, 72 h.</summary>
    public static SmsFollowUpPolicy Default { get; } = new(TimeSpan.FromHours(24), TimeSpan.FromHours(72));

    /// <summary>The decision for one open conversation.</summary>
    /// <param name="lastActivityAt">The last question sent or reply received (not the reminder).</param>
    /// <param name="reminderSentAt">When the reminder went, or null.</param>
    /// <param name="now">Now.</param>
    /// <param name="smsPermittedNow">Whether SMS may be sent now (permitted hours, not a bank holiday).</param>
    public SmsFollowUp Decide(DateTimeOffset lastActivityAt, DateTimeOffset? reminderSentAt, DateTimeOffset now, bool smsPermittedNow)
    {
        if (now - lastActivityAt >= ExpireAfter)
        {
            return SmsFollowUp.Expire;
        }

        var reminded = reminderSentAt is { } r && r >= lastActivityAt;
        return !reminded && now - lastActivityAt >= ReminderAfter && smsPermittedNow ? SmsFollowUp.Remind : SmsFollowUp.None;
    }
}
