namespace Satisfaction.Data.Entities;

/// <summary>A police force whose victims and public are surveyed.</summary>
public sealed class Force
{
    /// <summary>Store key.</summary>
    public int Id { get; set; }

    /// <summary>Short unique code, e.g. <c>DEMO</c> (max 16).</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>Display name (max 100).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>IANA time zone of the force's local dates, <c>Europe/London</c> (max 64).</summary>
    public string TimeZoneId { get; set; } = "Europe/London";

    /// <summary>When the force was added (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
