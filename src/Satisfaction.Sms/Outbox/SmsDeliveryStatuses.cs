namespace Satisfaction.Sms.Outbox;

/// <summary>
/// Orders Twilio's message statuses so a status callback never moves a text backwards (a late <c>sent</c> never
/// overwrites <c>delivered</c>): accepted/scheduled/queued &lt; sending &lt; sent &lt; delivered/undelivered/failed/read/canceled.
/// </summary>
public static class SmsDeliveryStatuses
{
    /// <summary>The rank of a status (unknown statuses rank 0, so they never replace a known one).</summary>
    public static int Rank(string? status) => status?.ToUpperInvariant() switch
    {
        "ACCEPTED" or "SCHEDULED" => 1,
        "QUEUED" => 2,
        "SENDING" => 3,
        "SENT" => 4,
        "DELIVERED" or "UNDELIVERED" or "FAILED" or "CANCELED" => 5,
        "READ" => 6,
        _ => 0,
    };

    /// <summary>The status to keep: <paramref name="incoming"/> when it ranks above <paramref name="current"/>, else <paramref name="current"/>.</summary>
    public static string? Later(string? current, string? incoming) =>
        Rank(incoming) > Rank(current) ? incoming?.ToLowerInvariant() : current;
}
