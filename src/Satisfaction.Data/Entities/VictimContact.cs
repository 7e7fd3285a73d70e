namespace Satisfaction.Data.Entities;

/// <summary>
/// How to reach a victim, kept apart from crimes and answers. Personal data: never logged, never exported.
/// </summary>
public sealed class VictimContact
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>The force whose victim this is; victim identifiers are unique per force.</summary>
    public int ForceId { get; set; }

    /// <summary>The force's victim identifier (unique, max 64).</summary>
    public string VictimId { get; set; } = string.Empty;

    /// <summary>Phone number in E.164 form, e.g. <c>+447700900123</c> (max 16); null when none is usable.</summary>
    public string? PhoneE164 { get; set; }

    /// <summary>Name to ask for (max 200), optional.</summary>
    public string? Name { get; set; }

    /// <summary>When the details last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
