using Satisfaction.Core.Crimes;
using Satisfaction.Demo.Synthetic;

namespace Satisfaction.Demo.Tests;

public sealed class DemoCrimeGeneratorTests
{
    private static readonly DemoDataOptions Year = new() { Seed = 42, AsOf = new DateOnly(2026, 11, 30) };

    private static readonly HashSet<string> KnownOffenceCodes =
    [
        "28", "28A", "28B", "28C", "28D", "29", "37/2", "45", "48", "126",
        "5", "5A", "5B", "5C", "5D", "5E", "8N", "105A", "105B", "34B",
        "17", "19C", "46", "49", "58A", "58B", "58C", "92A", "9A", "8L", "30A", "44", "53H",
    ];

    [Fact]
    public void Generate_SameSeed_GivesIdenticalRecords()
    {
        var first = DemoCrimeGenerator.Generate(Year).ToList();
        var second = DemoCrimeGenerator.Generate(Year).ToList();
        Assert.True(first.Count > 7000, $"only {first.Count} records");
        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentRecords()
    {
        var first = DemoCrimeGenerator.Generate(Year).ToList();
        var other = DemoCrimeGenerator.Generate(Year with { Seed = 43 }).ToList();
        var sameRefs = first.Select(r => r.CrimeRef).Intersect(other.Select(r => r.CrimeRef)).Count();
        var identical = first.Intersect(other).Count();
        Assert.True(sameRefs > 1000, "the reference scheme is by date, so many refs coincide");
        Assert.True(identical < first.Count / 100, $"{identical} records identical across seeds");
    }

    [Fact]
    public void Generate_LaterAsOf_RepeatsTheOverlappingDaysExactly()
    {
        var year = DemoCrimeGenerator.Generate(Year).ToList();
        var weekLater = DemoCrimeGenerator.Generate(Year with { AsOf = Year.AsOf.AddDays(7) }).ToList();
        var overlapStart = DateOnly.FromDateTime(Year.AsOf.AddDays(-358).ToDateTime(TimeOnly.MinValue));
        Assert.Equal(
            year.Where(r => DateOnly.FromDateTime(r.RecordedAt.DateTime) >= overlapStart),
            weekLater.Where(r => DateOnly.FromDateTime(r.RecordedAt.DateTime) < Year.AsOf));
    }

    [Fact]
    public void Generate_Year_HasRealisticCodesDivisionsPhonesAndTimes()
    {
        var records = DemoCrimeGenerator.Generate(Year).ToList();
        var london = NodaTime.DateTimeZoneProviders.Tzdb["Europe/London"];

        Assert.Equal(records.Count, records.Select(r => r.CrimeRef).Distinct(StringComparer.Ordinal).Count());
        Assert.All(records, r =>
        {
            Assert.Contains(r.Division, new[] { "EAST", "SOUTH", "WEST" });
            if (r.IncidentType == IncidentType.Crime)
            {
                Assert.Contains(r.OffenceCode, KnownOffenceCodes);
            }
            else
            {
                Assert.Equal(string.Empty, r.OffenceCode);
            }

            Assert.Equal(london.GetUtcOffset(NodaTime.Instant.FromDateTimeOffset(r.RecordedAt)).ToTimeSpan(), r.RecordedAt.Offset);
            var date = DateOnly.FromDateTime(r.RecordedAt.DateTime);
            Assert.InRange(date, Year.AsOf.AddDays(-365), Year.AsOf.AddDays(-1));
            if (r.PhoneE164 is { } phone)
            {
                Assert.Matches(@"^\+44(7700900|1632960)\d{3}$", phone);
            }
        });

        // Every listed USS offence code occurs over a year.
        foreach (var code in new[] { "28", "28A", "28B", "28C", "28D", "29", "37/2", "45", "48", "126", "8N", "105A", "105B", "34B" })
        {
            Assert.Contains(records, r => r.OffenceCode == code);
        }

        Assert.InRange(Share(records, r => r.PhoneE164 is null), 0.05, 0.25);
        Assert.InRange(Share(records, r => r.VictimType == VictimType.Organisation), 0.03, 0.20);
        Assert.InRange(Share(records, r => r.IncidentType == IncidentType.Asb), 0.20, 0.35);
        Assert.InRange(Share(records, r => r.IncidentType == IncidentType.HateIncident), 0.01, 0.05);
        Assert.InRange(Share(records, r => r.VictimAge is < 16), 0.01, 0.10);
        Assert.InRange(Share(records, r => r.VictimDateOfBirth is not null), 0.05, 0.25);
        Assert.Contains(records, r => r.PhoneE164 is not null && r.PhoneAsGiven != r.PhoneE164);
    }

    [Fact]
    public void Generate_Year_SetsEveryFlagAtAPlausibleRate()
    {
        var records = DemoCrimeGenerator.Generate(Year).ToList();
        var violence = records.Where(r => r.OffenceCode is "8N" or "105A" or "105B").ToList();

        Assert.InRange(Share(violence, r => r.Flags.HasFlag(CrimeFlags.DomesticAbuse)), 0.2, 0.4);
        Assert.All(records.Where(r => r.OffenceCode is "17" or "19C"), r => Assert.True(r.Flags.HasFlag(CrimeFlags.SexualOffence)));
        Assert.All(records.Where(r => r.IncidentType == IncidentType.HateIncident), r => Assert.True(r.Flags.HasFlag(CrimeFlags.Hate)));
        Assert.Contains(records, r => r.IncidentType == IncidentType.Crime && r.Flags.HasFlag(CrimeFlags.Hate));
        foreach (var flag in EnumCodes.Values<CrimeFlags>().Where(f => f != CrimeFlags.None))
        {
            Assert.Contains(records, r => r.Flags.HasFlag(flag));
        }

        Assert.InRange(Share(records, r => r.Flags.HasFlag(CrimeFlags.DoNotContact)), 0.005, 0.04);
        Assert.All(records.Where(r => r.VictimType == VictimType.Organisation), r => Assert.False(r.Flags.HasFlag(CrimeFlags.DomesticAbuse)));

        // Repeat victims really repeat.
        var repeatIds = records.Where(r => r.Flags.HasFlag(CrimeFlags.RepeatVictim)).GroupBy(r => r.VictimId).Where(g => g.Count() > 1);
        Assert.NotEmpty(repeatIds);
    }

    [Fact]
    public void Generate_Year_HasRepeatAsbLocations()
    {
        var asb = DemoCrimeGenerator.Generate(Year).Where(r => r.IncidentType == IncidentType.Asb).ToList();

        // The 5th (or later) incident at a location within a rolling 180 days is a repeat.
        var repeats = asb.GroupBy(r => r.LocationId).Count(g =>
        {
            var times = g.Select(r => r.RecordedAt).Order().ToList();
            return Enumerable.Range(4, Math.Max(0, times.Count - 4)).Any(i => times[i] - times[i - 4] <= TimeSpan.FromDays(180));
        });
        Assert.InRange(repeats, 10, 40);
    }

    private static double Share(List<DemoCrimeRecord> records, Func<DemoCrimeRecord, bool> predicate) =>
        records.Count(predicate) / (double)records.Count;

    [Fact]
    public void GenerateDay_LargeYear_DrawsAboutTheRateNotTheDailyCap()
    {
        // 1,000,000 a year is about 2,740 a day (times the day's factor); a Poisson draw whose exp(-mean)
        // underflowed used to give the 9,999 cap every day.
        var days = Enumerable.Range(0, 7).Select(d => DemoCrimeGenerator.GenerateDay(5, new DateOnly(2026, 6, 1).AddDays(d), 1_000_000).Count).ToList();

        Assert.All(days, n => Assert.InRange(n, 1_000, 6_000));
        Assert.InRange(days.Sum() / 7.0, 2_000, 3_500);
    }
}
