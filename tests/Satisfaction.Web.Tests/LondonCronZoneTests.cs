using Satisfaction.Core.Time;
using Satisfaction.Scheduling;

namespace Satisfaction.Web.Tests;

/// <summary>The zone Quartz reads crons in agrees with NodaTime's embedded tz database, hour by hour, 2020 to 2040.</summary>
public sealed class LondonCronZoneTests
{
    [Fact]
    public void Offset_MatchesNodaTime_EveryHourFrom2020To2040()
    {
        var mismatches = new List<string>();
        for (var t = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero); t.Year < 2041; t = t.AddHours(1))
        {
            var quartz = LondonCronZone.Zone.GetUtcOffset(t);
            var noda = UkLocalTime.OffsetAt(t);
            if (quartz != noda)
            {
                mismatches.Add($"{t:O}: {quartz} vs {noda}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void ClockChanges2027_AreAtOneUtc()
    {
        // 28 March 2027: 01:00 UTC becomes BST; 31 October 2027: 01:00 UTC returns to GMT.
        Assert.Equal(TimeSpan.Zero, LondonCronZone.Zone.GetUtcOffset(new DateTimeOffset(2027, 3, 28, 0, 59, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(1), LondonCronZone.Zone.GetUtcOffset(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(1), LondonCronZone.Zone.GetUtcOffset(new DateTimeOffset(2027, 10, 31, 0, 59, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.Zero, LondonCronZone.Zone.GetUtcOffset(new DateTimeOffset(2027, 10, 31, 1, 0, 0, TimeSpan.Zero)));
    }
}
