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

    /// <summary>
    /// The rest of the force's settings from <c>force init</c> (MSG peer forces, permitted contact hours per channel,
    /// Sunday contact, programmes folder) as JSON; <c>{}</c> when none were given (max 8000).
    /// </summary>
    public string SettingsJson { get; set; } = "{}";

    /// <summary>When the force was added (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
