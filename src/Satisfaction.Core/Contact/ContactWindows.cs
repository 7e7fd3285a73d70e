using System.Globalization;
using NodaTime;
using NodaTime.TimeZones;

namespace Satisfaction.Core.Contact;

/// <summary>
/// Answers, for every channel, "may we contact now, and if not, when next?": permitted hours per channel in UK
/// local time (tzdb Europe/London by default, so the clock-change days are right), Sundays only where the
/// channel allows them, never on a bank holiday in England and Wales nor on 1 January, 25 or 26 December
/// themselves when they fall at a weekend (<see cref="BankHolidayCalendar.FindNoContactDay"/>). Pure and thread-safe; "now" is passed in.
/// </summary>
/// <remarks>
/// A day's window runs from its start to its end as local wall-clock times mapped to instants: a time that the
/// clocks skip maps to the first instant after the gap, and a time that happens twice maps to the earlier one.
/// With the default hours (09:00 onwards) the changes at 01:00/02:00 never touch a window; on 28 March 2027 the
/// 09:00 start is 08:00 UTC (BST), on 31 October 2027 it is 09:00 UTC (GMT).
/// </remarks>
public sealed class ContactWindows
{
    /// <summary>How far ahead to look for a permitted day before giving up (no real calendar needs a fortnight).</summary>
    private const int MaxDaysAhead = 366;

    private static readonly ZoneLocalMappingResolver WindowResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private readonly ContactHoursOptions options;

    /// <summary>Creates the component.</summary>
    /// <param name="options">Hours per channel and time zone; checked with <see cref="ContactHoursOptions.Validate"/>.</param>
    /// <param name="holidays">The bank-holiday calendar (rules plus the one-off file).</param>
    /// <exception cref="InvalidInputException">The options are not usable; the message lists every problem.</exception>
    public ContactWindows(ContactHoursOptions options, BankHolidayCalendar holidays)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(holidays);
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new InvalidInputException("Contact hours: " + string.Join("; ", problems));
        }

        this.options = options;
        Holidays = holidays;
        Zone = DateTimeZoneProviders.Tzdb[options.TimeZone];
    }

    /// <summary>The zone the hours are local to.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The bank-holiday calendar in use.</summary>
    public BankHolidayCalendar Holidays { get; }

    /// <summary>The hours of <paramref name="channel"/>.</summary>
    public ChannelHours HoursOf(ContactChannel channel) => options.For(channel);

    /// <summary>May <paramref name="channel"/> be used at <paramref name="now"/>, and if not, when next?</summary>
    /// <param name="channel">SMS or phone.</param>
    /// <param name="now">The instant (any offset; only the instant matters).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before 1978 (no calendar).</exception>
    public ContactDecision Decide(ContactChannel channel, DateTimeOffset now) => Decide(channel, Instant.FromDateTimeOffset(now));

    /// <inheritdoc cref="Decide(ContactChannel, DateTimeOffset)"/>
    public ContactDecision Decide(ContactChannel channel, Instant now)
    {
        var hours = options.For(channel);
        var today = now.InZone(Zone).Date;
        var reason = ContactBlockReason.None;
        var why = string.Empty;
        for (var i = 0; i <= MaxDaysAhead; i++)
        {
            var date = today.PlusDays(i);
            var blocked = DayBlock(date, hours, out var dayWhy);
            if (blocked != ContactBlockReason.None)
            {
                if (i == 0)
                {
                    (reason, why) = (blocked, dayWhy);
                }

                continue;
            }

            var (start, end) = Window(date, hours);
            if (start >= end)
            {
                // Both ends inside the hour the clocks skip: no permitted time that day.
                if (i == 0)
                {
                    (reason, why) = (ContactBlockReason.AfterHours, $"the window {hours.Start:HH\\:mm}-{hours.End:HH\\:mm} does not exist on {date.ToDateOnly():yyyy-MM-dd} (clocks went forward)");
                }

                continue;
            }

            if (now < start)
            {
                if (i == 0)
                {
                    (reason, why) = (ContactBlockReason.BeforeHours, $"{Format(now)} is before {hours.Start:HH\\:mm}");
                }

                return Blocked(channel, hours, start, end, reason, why);
            }

            if (now < end)
            {
                return new ContactDecision(
                    channel,
                    true,
                    ToOffset(now),
                    ToOffset(end),
                    ContactBlockReason.None,
                    $"{Name(channel)} may be used now ({Format(now)}) until {Format(end)}");
            }

            if (i == 0)
            {
                (reason, why) = (ContactBlockReason.AfterHours, $"{Format(now)} is at or after {hours.End:HH\\:mm}");
            }
        }

        throw new InvalidOperationException($"No permitted {Name(channel)} time within {MaxDaysAhead} days of {Format(now)}.");
    }

    /// <summary>Whether <paramref name="date"/> (local) is a permitted day of <paramref name="channel"/> (not a no-contact day, not a barred Sunday).</summary>
    public bool IsPermittedDay(ContactChannel channel, DateOnly date) =>
        DayBlock(LocalDate.FromDateOnly(date), options.For(channel), out _) == ContactBlockReason.None;

    /// <summary>Maps a local wall-clock time to an instant as windows do (skipped: first instant after the gap; repeated: the earlier).</summary>
    internal Instant AtLocal(LocalDateTime local) => Zone.ResolveLocal(local, WindowResolver).ToInstant();

    /// <summary>The instant as a <see cref="DateTimeOffset"/> with the zone's offset at that instant.</summary>
    internal DateTimeOffset ToOffset(Instant instant) => instant.InZone(Zone).ToDateTimeOffset();

    private ContactBlockReason DayBlock(LocalDate date, ChannelHours hours, out string why)
    {
        if (Holidays.FindNoContactDay(date.ToDateOnly()) is { } holiday)
        {
            why = string.Create(CultureInfo.InvariantCulture, $"{date.ToDateOnly():yyyy-MM-dd} is a bank holiday ({holiday.Name})");
            return ContactBlockReason.BankHoliday;
        }

        if (date.DayOfWeek == IsoDayOfWeek.Sunday && !hours.Sundays)
        {
            why = string.Create(CultureInfo.InvariantCulture, $"{date.ToDateOnly():yyyy-MM-dd} is a Sunday");
            return ContactBlockReason.Sunday;
        }

        why = string.Empty;
        return ContactBlockReason.None;
    }

    private (Instant Start, Instant End) Window(LocalDate date, ChannelHours hours) =>
        (AtLocal(date + LocalTime.FromTimeOnly(hours.Start)), AtLocal(date + LocalTime.FromTimeOnly(hours.End)));

    private ContactDecision Blocked(ContactChannel channel, ChannelHours hours, Instant start, Instant end, ContactBlockReason reason, string why) =>
        new(
            channel,
            false,
            ToOffset(start),
            ToOffset(end),
            reason,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{Name(channel)} is permitted {hours.Start:HH\\:mm}-{hours.End:HH\\:mm} UK time{(hours.Sundays ? string.Empty : ", not on Sundays")}, never on bank holidays; {why}; next permitted {Format(start)}"));

    private string Format(Instant instant)
    {
        var local = instant.InZone(Zone);
        var time = local.TimeOfDay.ToTimeOnly();
        var clock = time.Second == 0 && time.Millisecond == 0 ? time.ToString("HH:mm", CultureInfo.InvariantCulture) : time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{local.DayOfWeek.ToString()[..3]} {local.Date.ToDateOnly():yyyy-MM-dd} {clock} {local.GetZoneInterval().Name}");
    }

    private static string Name(ContactChannel channel) => channel == ContactChannel.Sms ? "SMS" : "Phone";
}
