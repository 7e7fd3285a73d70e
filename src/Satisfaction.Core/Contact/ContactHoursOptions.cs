using System.Globalization;
using NodaTime;

namespace Satisfaction.Core.Contact;

/// <summary>
/// Permitted contact hours per channel and the time zone they are read in. Defaults: SMS 09:00-20:00,
/// phone 09:00-21:00, no Sundays, Europe/London. Bank holidays (England and Wales) are never permitted.
/// </summary>
public sealed record ContactHoursOptions
{
    /// <summary>IANA (tzdb) zone id the hours are local to (default <c>Europe/London</c>).</summary>
    public string TimeZone { get; init; } = "Europe/London";

    /// <summary>Hours for text messages (default 09:00-20:00, no Sundays).</summary>
    public ChannelHours Sms { get; init; } = new() { Start = new(9, 0), End = new(20, 0) };

    /// <summary>Hours for telephone calls (default 09:00-21:00, no Sundays).</summary>
    public ChannelHours Phone { get; init; } = new() { Start = new(9, 0), End = new(21, 0) };

    /// <summary>The hours of <paramref name="channel"/>.</summary>
    public ChannelHours For(ContactChannel channel) => channel switch
    {
        ContactChannel.Sms => Sms,
        ContactChannel.Phone => Phone,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown contact channel."),
    };

    /// <summary>
    /// What is wrong with these settings, one sentence per problem naming its key relative to the options
    /// section (e.g. <c>Sms:Start</c>); empty when they are usable.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(TimeZone) || DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZone) is null)
        {
            problems.Add($"TimeZone: '{TimeZone}' is not a time zone id of the tz database (e.g. Europe/London)");
        }

        foreach (var (key, hours) in new[] { ("Sms", Sms), ("Phone", Phone) })
        {
            if (hours is null)
            {
                problems.Add($"{key}: the hours are missing (give Start and End)");
            }
            else if (hours.Start >= hours.End)
            {
                problems.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{key}:Start ({hours.Start:HH\\:mm\\:ss}) must be before {key}:End ({hours.End:HH\\:mm\\:ss}); a window cannot cross midnight"));
            }
        }

        return problems;
    }
}
