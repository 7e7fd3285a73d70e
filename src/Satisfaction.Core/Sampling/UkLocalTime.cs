namespace Satisfaction.Core.Sampling;

/// <summary>UK civil dates (Europe/London, GMT in winter, BST in summer) and ages at a date.</summary>
public static class UkLocalTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The UK local calendar date of an instant (e.g. 2026-06-30T23:30Z is 2026-07-01 in BST).</summary>
    public static DateOnly ToUkDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

    /// <summary>
    /// The instant of a UK local date-time. In the skipped spring hour the time is read as GMT; in the repeated
    /// autumn hour as the first (BST) occurrence.
    /// </summary>
    public static DateTimeOffset FromUkLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (London.IsInvalidTime(unspecified))
        {
            return new DateTimeOffset(unspecified, TimeSpan.Zero);
        }

        var offset = London.IsAmbiguousTime(unspecified)
            ? London.GetAmbiguousTimeOffsets(unspecified).Max()
            : London.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }

    /// <summary>Age in completed years on <paramref name="on"/> (a 29 February birthday counts from 1 March); 0 if not yet born.</summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly on)
    {
        var age = on.Year - dateOfBirth.Year;
        if (on.Month < dateOfBirth.Month || (on.Month == dateOfBirth.Month && on.Day < dateOfBirth.Day))
        {
            age--;
        }

        return Math.Max(age, 0);
    }
}
