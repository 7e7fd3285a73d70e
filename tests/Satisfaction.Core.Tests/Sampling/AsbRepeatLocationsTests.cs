using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sampling;

namespace Satisfaction.Core.Tests.Sampling;

public sealed class AsbRepeatLocationsTests
{
    private static IncidentRecord Asb(string crimeRef, DateOnly date, string location = "L1") =>
        Records.Eligible(crimeRef, "", date) with { IncidentType = IncidentType.Asb, LocationId = location };

    private static readonly DateOnly Day0 = new(2026, 1, 1);

    [Fact]
    public void Find_FifthWithin180Days_IsRepeat_FourthIsNot()
    {
        var records = Enumerable.Range(0, 6).Select(i => Asb($"A{i}", Day0.AddDays(i * 30))).ToList();

        var repeats = AsbRepeatLocations.Find(records);

        Assert.Equal(["A4", "A5"], repeats.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_FirstIncidentOutOfRollingPeriod_NotCounted()
    {
        // Days 0, 45, 90, 135, 180: the 5th is 180 days after the 1st, so the period d-179..d holds only four.
        var spaced = Enumerable.Range(0, 5).Select(i => Asb($"A{i}", Day0.AddDays(i * 45))).ToList();
        // Days 0, 45, 90, 135, 179: all five in the period.
        var tight = spaced.Take(4).Append(Asb("A4", Day0.AddDays(179))).ToList();

        Assert.Empty(AsbRepeatLocations.Find(spaced));
        Assert.Equal(["A4"], AsbRepeatLocations.Find(tight));
    }

    [Fact]
    public void Find_OtherLocationsAndCrimes_NotCounted()
    {
        var records = new List<IncidentRecord>
        {
            Asb("A0", Day0), Asb("A1", Day0.AddDays(1)), Asb("A2", Day0.AddDays(2)), Asb("X", Day0.AddDays(3), "L2"),
            Records.Eligible("C", "28", Day0.AddDays(3)) with { LocationId = "L1" }, Asb("A3", Day0.AddDays(4)),
            Asb("E", Day0.AddDays(5), ""),
        };

        Assert.Empty(AsbRepeatLocations.Find(records));
        Assert.Equal(["A4"], AsbRepeatLocations.Find(records.Append(Asb("A4", Day0.AddDays(6)))));
    }

    [Fact]
    public void CountInPeriod_FifthAndSixth_CountInReportOrderWithinPeriod()
    {
        var records = Enumerable.Range(0, 6).Select(i => Asb($"A{i}", Day0.AddDays(i * 30))).ToList();

        Assert.Equal([1, 2, 3, 4, 5, 6], records.Select(r => AsbRepeatLocations.CountInPeriod(records, r)));
        Assert.Equal(5, AsbRepeatLocations.CountInPeriod(records.Take(4), records[4]));
    }

    [Fact]
    public void CountInPeriod_OutsidePeriodOrNotAsb_NotCounted()
    {
        var spaced = Enumerable.Range(0, 5).Select(i => Asb($"A{i}", Day0.AddDays(i * 45))).ToList();
        var crime = Records.Eligible("C", "28", Day0) with { LocationId = "L1" };

        Assert.Equal(4, AsbRepeatLocations.CountInPeriod(spaced, spaced[4]));
        Assert.Equal(0, AsbRepeatLocations.CountInPeriod(spaced, crime));
        Assert.Equal(0, AsbRepeatLocations.CountInPeriod(spaced, Asb("E", Day0, "")));
    }
}
