using System.Globalization;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Randomness;
using Satisfaction.Core.Time;

namespace Satisfaction.Demo.Synthetic;

/// <summary>
/// Generates a synthetic year of recorded crimes and incidents for the demo force. Each day is drawn
/// from its own generator seeded by (seed, date), so a day's records depend only on the seed and the
/// date: a later <c>--as-of</c> adds the new days and repeats the old ones exactly.
/// </summary>
public static class DemoCrimeGenerator
{
    private const int RepeatPersonsPerYear = 400;
    private const int RepeatOrganisationsPerYear = 60;
    private const int HotSpotsPerDivision = 10;

    private static readonly double[] DivisionShares = [0.36, 0.30, 0.34];

    /// <summary>Records for the <see cref="DemoDataOptions.Days"/> days before <see cref="DemoDataOptions.AsOf"/>, in date order.</summary>
    public static IEnumerable<DemoCrimeRecord> Generate(DemoDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Days);
        ArgumentOutOfRangeException.ThrowIfNegative(options.RecordsPerYear);
        return GenerateDays(options);
    }

    /// <summary>The records of one day.</summary>
    public static IReadOnlyList<DemoCrimeRecord> GenerateDay(long seed, DateOnly date, int recordsPerYear)
    {
        var rng = new SeededRandom(Mix(seed, date.DayNumber));
        var count = Poisson(rng, recordsPerYear / 365.0 * DayFactor(date));
        var records = new List<DemoCrimeRecord>(count);
        for (var i = 1; i <= count && i <= 9999; i++)
        {
            records.Add(Record(seed, date, i, rng));
        }

        return records;
    }

    internal static long Mix(long seed, long value) =>
        unchecked(seed ^ (value * -7046029254386353131L) ^ (value << 32));

    private static IEnumerable<DemoCrimeRecord> GenerateDays(DemoDataOptions options)
    {
        for (var day = options.AsOf.AddDays(-options.Days); day < options.AsOf; day = day.AddDays(1))
        {
            foreach (var record in GenerateDay(options.Seed, day, options.RecordsPerYear))
            {
                yield return record;
            }
        }
    }

    private static DemoCrimeRecord Record(long seed, DateOnly date, int sequence, SeededRandom rng)
    {
        var offence = OffenceMix.Pick(rng.NextDouble());
        var category = offence.Category;
        var divisionIndex = PickIndex(rng, DivisionShares);
        var division = DemoForce.Divisions[divisionIndex].Code;
        var recordedAt = LocalInstant(date, TimeOfDay(rng, category));

        var isOrganisation = rng.NextDouble() < offence.OrganisationShare || (category == OffenceMix.Category.Asb && rng.NextDouble() < 0.05);
        var type = isOrganisation ? VictimType.Organisation : VictimType.Person;
        var yy = (date.Year % 100).ToString("00", CultureInfo.InvariantCulture);
        var repeat = rng.NextDouble() < (isOrganisation ? 0.9 : category == OffenceMix.Category.Asb ? 0.15 : 0.08);
        var victimId = repeat
            ? isOrganisation
                ? $"VO{yy}-{rng.NextInt32(RepeatOrganisationsPerYear) + 1:0000}"
                : $"VR{yy}-{rng.NextInt32(RepeatPersonsPerYear) + 1:0000}"
            : $"V{date:yyMMdd}-{sequence:0000}";
        var victim = VictimProfile.Create(seed, victimId, type, date.Year);

        var flags = CrimeFlags.None;
        foreach (var flag in EnumCodes.Values<CrimeFlags>())
        {
            if (flag is not (CrimeFlags.None or CrimeFlags.RepeatVictim) && rng.NextDouble() < OffenceMix.Rate(category, flag))
            {
                flags |= flag;
            }
        }

        if (isOrganisation)
        {
            flags &= ~(CrimeFlags.DomesticAbuse | CrimeFlags.SexualOffence | CrimeFlags.PoliceVictimOnDuty | CrimeFlags.Deceased | CrimeFlags.Vulnerable);
        }
        else if (repeat)
        {
            flags |= CrimeFlags.RepeatVictim;
        }

        var giveDateOfBirth = type == VictimType.Person && rng.NextDouble() < 0.15;
        var location = Location(rng, category, division, victim);
        return new DemoCrimeRecord(
            CrimeRef: $"DM/{date:yyMMdd}/{sequence:0000}",
            RecordedAt: recordedAt,
            OffenceCode: offence.Code,
            IncidentType: OffenceMix.IncidentTypeOf(category),
            Division: division,
            VictimId: victimId,
            VictimType: type,
            VictimAge: type == VictimType.Person && !giveDateOfBirth ? victim.AgeOn(date) : null,
            VictimDateOfBirth: giveDateOfBirth ? victim.DateOfBirth : null,
            PhoneE164: victim.PhoneE164,
            PhoneAsGiven: AsTyped(victim.PhoneE164, rng.NextDouble()),
            VictimName: victim.Name,
            LocationId: location,
            Flags: flags);
    }

    private static string Location(SeededRandom rng, OffenceMix.Category category, string division, VictimProfile victim)
    {
        if (category == OffenceMix.Category.Asb && rng.NextDouble() < 0.35)
        {
            return $"L-{division}-H{rng.NextInt32(HotSpotsPerDivision) + 1:00}";
        }

        return category == OffenceMix.Category.Burglary
            ? $"L-{division}-{victim.HomeLocation:00000}"
            : $"L-{division}-{rng.NextInt32(5000):00000}";
    }

    /// <summary>Minutes after local midnight: mostly daytime and evening, ASB later in the day.</summary>
    private static int TimeOfDay(SeededRandom rng, OffenceMix.Category category)
    {
        var busyFrom = category == OffenceMix.Category.Asb ? 16 * 60 : 8 * 60;
        return rng.NextDouble() < 0.6
            ? busyFrom + rng.NextInt32((24 * 60) - busyFrom)
            : rng.NextInt32(24 * 60);
    }

    private static DateTimeOffset LocalInstant(DateOnly date, int minutes)
    {
        // A time in the skipped spring hour moves forward by the gap; one in the repeated autumn hour is the GMT one.
        var utc = UkLocalTime.ToInstantLenient(date.ToDateTime(TimeOnly.MinValue).AddMinutes(minutes));
        return utc.ToOffset(UkLocalTime.OffsetAt(utc));
    }

    private static string? AsTyped(string? e164, double u)
    {
        if (e164 is null)
        {
            return null;
        }

        var national = "0" + e164[3..];
        if (national.StartsWith("07", StringComparison.Ordinal))
        {
            return u < 0.5 ? $"{national[..5]} {national[5..]}"
                : u < 0.75 ? national
                : u < 0.9 ? $"+44 {national[1..5]} {national[5..]}"
                : e164;
        }

        return u < 0.6 ? $"{national[..5]} {national[5..]}"
            : u < 0.8 ? $"({national[..5]}) {national[5..]}"
            : national;
    }

    private static double DayFactor(DateOnly date)
    {
        var weekday = date.DayOfWeek switch
        {
            DayOfWeek.Friday or DayOfWeek.Saturday => 1.15,
            DayOfWeek.Sunday => 1.05,
            _ => 0.94,
        };
        var season = date.Month switch
        {
            6 or 7 or 8 => 1.1,
            12 or 1 or 2 => 0.92,
            _ => 1.0,
        };
        return weekday * season;
    }

    private static int PickIndex(SeededRandom rng, double[] shares)
    {
        var u = rng.NextDouble();
        for (var i = 0; i < shares.Length - 1; i++)
        {
            u -= shares[i];
            if (u < 0)
            {
                return i;
            }
        }

        return shares.Length - 1;
    }

    /// <summary>Poisson draw by inversion (means here are about 20-40).</summary>
    private static int Poisson(SeededRandom rng, double mean)
    {
        // exp(-mean) underflows to 0 beyond a mean of about 745, which made every day of a large year 9,999 records:
        // a large mean is drawn as a sum of draws with means of at most 500 (a sum of independent Poisson counts is
        // Poisson). Means up to 500 (the demo's 8,000 a year is 22 a day) draw exactly as before.
        if (mean > 500)
        {
            var parts = (int)Math.Ceiling(mean / 500);
            var total = 0;
            for (var i = 0; i < parts; i++)
            {
                total += SmallPoisson(rng, mean / parts);
            }

            return total;
        }

        return SmallPoisson(rng, mean);
    }

    private static int SmallPoisson(SeededRandom rng, double mean)
    {
        var u = rng.NextDouble();
        var p = Math.Exp(-mean);
        var cumulative = p;
        var k = 0;
        while (u > cumulative && k < 10_000)
        {
            k++;
            p *= mean / k;
            cumulative += p;
        }

        return k;
    }
}
