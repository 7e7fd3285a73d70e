namespace Satisfaction.Data.Entities;

/// <summary>A number that must never be dialled or texted (RDD de-duplication and suppression).</summary>
public sealed class DoNotCall
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>The number in E.164 form (unique, max 16).</summary>
    public string PhoneE164 { get; set; } = string.Empty;

    /// <summary>Where the entry came from, e.g. <c>tps</c>, <c>request</c> (max 64).</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>When it was added (UTC).</summary>
    public DateTimeOffset AddedAt { get; set; }
}
