namespace Satisfaction.Data.Entities;

/// <summary>
/// Someone who asked not to be contacted: by victim id and/or by a hash of the phone number
/// (the number itself is not kept here). At least one of the two is set.
/// </summary>
public sealed class OptOut
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>The victim, when known (max 64).</summary>
    public string? VictimId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the E.164 number (64 characters), when known.</summary>
    public string? PhoneHash { get; set; }

    /// <summary>The channel the opt-out came through.</summary>
    public ContactChannel Channel { get; set; }

    /// <summary>When it was received (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Reason or keyword, e.g. <c>STOP</c> (max 200).</summary>
    public string? Reason { get; set; }
}
