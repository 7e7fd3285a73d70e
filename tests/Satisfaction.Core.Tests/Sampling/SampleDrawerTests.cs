using System.Globalization;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Randomness;
using Satisfaction.Core.Sampling;

namespace Satisfaction.Core.Tests.Sampling;

public sealed class SampleDrawerTests
{
    /// <summary>A mixed population: every group, every exclusion, three divisions, report dates over 20 weeks.</summary>
    private static List<IncidentRecord> Population(int count, long seed)
    {
        var random = new SeededRandom(seed);
        string[] offences = ["28", "28A", "29", "45", "126", "5A", "105B", "34B", "46", "58C", ""];
        string[] divisions = ["EAST", "SOUTH", "WEST"];
        CrimeFlags[] flags =
        [
            CrimeFlags.None, CrimeFlags.None, CrimeFlags.None, CrimeFlags.None, CrimeFlags.Hate,
            CrimeFlags.DomesticAbuse, CrimeFlags.SexualOffence, CrimeFlags.Deceased, CrimeFlags.Suspect,
            CrimeFlags.DoNotContact, CrimeFlags.PoliceVictimOnDuty, CrimeFlags.Vulnerable,
        ];
        var list = new List<IncidentRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var offence = offences[random.NextInt32(offences.Length)];
            var type = offence.Length == 0 ? (random.NextInt32(2) == 0 ? IncidentType.Asb : IncidentType.HateIncident) : IncidentType.Crime;
            list.Add(Records.Eligible($"CR{i:D6}", offence, Records.AsOf.AddDays(-30 - random.NextInt32(140)), divisions[random.NextInt32(3)], $"V{random.NextInt32(count * 3 / 4)}") with
            {
                IncidentType = type,
                Flags = flags[random.NextInt32(flags.Length)],
                Age = random.NextInt32(20) == 0 ? null : 10 + random.NextInt32(80),
                HasUsablePhone = random.NextInt32(10) != 0,
                VictimType = random.NextInt32(25) == 0 ? VictimType.Organisation : VictimType.Person,
                LocationId = "L" + random.NextInt32(40).ToString(CultureInfo.InvariantCulture),
            });
        }

        return list;
    }

    private static DrawResult Draw(IReadOnlyList<IncidentRecord> records, long seed, IReadOnlyList<SamplingProgramme>? programmes = null, IReadOnlySet<string>? considered = null, EligibilityContext? context = null) =>
        SampleDrawer.Draw(new DrawRequest(records, programmes ?? Records.Defaults(), context ?? EligibilityContext.At(Records.AsOf), considered ?? new HashSet<string>(), seed));

    private static string Canonical(DrawResult r) =>
        string.Join('\n', r.Considerations.Select(c => c.ToString()).Concat(r.Sampled.Select(s => s.ToString())).Concat(r.Strata.Select(s => s.ToString())));

    [Fact]
    public void Draw_SameSeed_IdenticalResult_EvenWithInputShuffled()
    {
        var records = Population(3000, 7);
        var shuffled = records.ToArray();
        new SeededRandom(99).Shuffle(shuffled.AsSpan());

        var a = Draw(records, 42);
        var b = Draw(shuffled, 42);

        Assert.NotEmpty(a.Sampled);
        Assert.Equal(Canonical(a), Canonical(b));
    }

    [Fact]
    public void Draw_DifferentSeed_DifferentSample()
    {
        var records = Population(3000, 7);

        var a = Draw(records, 42).Sampled.Select(s => s.CrimeRef);
        var b = Draw(records, 43).Sampled.Select(s => s.CrimeRef);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Draw_ManySeeds_NoExcludedRecordEverSampled()
    {
        var uss = Records.Load("uss") with { Allocation = new AllocationOptions { Method = AllocationMethod.Proportional, SampleSize = 60 } };
        var asb = Records.Load("asb");
        var evaluator = new EligibilityEvaluator([uss, asb]);
        for (var seed = 1; seed <= 200; seed++)
        {
            var records = Population(400, seed);
            var context = EligibilityContext.At(Records.AsOf) with
            {
                LastSampledOn = new Dictionary<string, DateOnly> { ["V1"] = Records.AsOf.AddMonths(-3), ["V2"] = Records.AsOf.AddMonths(-6) },
                OptedOutVictimIds = new HashSet<string>(["V3", "V4"]),
            };

            var result = Draw(records, seed, [uss, asb], context: context);

            var byRef = records.ToDictionary(r => r.CrimeRef);
            Assert.NotEmpty(result.Sampled);
            Assert.Equal(result.Sampled.Count, result.Sampled.Select(s => s.VictimId).Distinct().Count());
            foreach (var unit in result.Sampled)
            {
                var outcome = evaluator.Evaluate(byRef[unit.CrimeRef], context);
                Assert.True(outcome.IsEligible, $"seed {seed}: {unit.CrimeRef} sampled but {outcome.Reason}");
                Assert.Equal(outcome.Group!.Id, unit.UserGroup);
            }

            Assert.DoesNotContain(result.Considerations, c => c.Outcome == ConsiderationOutcome.Excluded && result.Sampled.Any(s => s.CrimeRef == c.CrimeRef));
        }
    }

    [Fact]
    public void Draw_EveryConsideredRecordHasOutcome_AndWeightsAreInverseProbabilities()
    {
        var result = Draw(Population(2000, 3), 5);

        Assert.All(result.Considerations, c =>
        {
            Assert.Equal(c.Outcome == ConsiderationOutcome.Excluded, c.Reason is not null);
            Assert.Equal(c.Outcome != ConsiderationOutcome.Excluded, c.InclusionProbability is not null);
        });
        Assert.All(result.Sampled, s => Assert.Equal(1.0 / s.InclusionProbability, s.DesignWeight));
        foreach (var stratum in result.Strata)
        {
            var sampled = result.Sampled.Count(s => s.Programme == stratum.Programme && s.Stratum == stratum.Stratum);
            Assert.Equal(stratum.Sampled, sampled);
            Assert.Equal(stratum.Allocated, sampled); // SRSWOR: exactly n_h
            Assert.Equal((double)stratum.Allocated / stratum.Eligible, stratum.InclusionProbability);
        }
    }

    [Fact]
    public void Draw_SameVictimTwice_KeepsEarliestReport()
    {
        IncidentRecord[] records =
        [
            Records.Eligible("B", reportDate: Records.AsOf.AddDays(-60), victimId: "V"),
            Records.Eligible("A", reportDate: Records.AsOf.AddDays(-50), victimId: "V"),
        ];

        var result = Draw(records, 1);

        Assert.Equal(ReasonCodes.VictimInDraw, result.Considerations.Single(c => c.CrimeRef == "A").Reason);
        Assert.Null(result.Considerations.Single(c => c.CrimeRef == "B").Reason);
    }

    [Fact]
    public void Draw_TooRecentRecords_WaitForLaterDraw_TooOldAreExcluded()
    {
        IncidentRecord[] records =
        [
            Records.Eligible("NEW", reportDate: Records.AsOf.AddDays(-41)),
            Records.Eligible("EDGE6", reportDate: Records.AsOf.AddDays(-42)),
            Records.Eligible("EDGE12", reportDate: Records.AsOf.AddDays(-84)),
            Records.Eligible("OLD", reportDate: Records.AsOf.AddDays(-85)),
            Records.Eligible("SHOP", "46", Records.AsOf.AddDays(-41)),
        ];

        var result = Draw(records, 1);

        Assert.Equal(["EDGE12", "EDGE6", "OLD"], result.Considerations.Select(c => c.CrimeRef));
        Assert.Equal(ReasonCodes.OutsideWindow, result.Considerations.Single(c => c.CrimeRef == "OLD").Reason);
    }

    [Fact]
    public void WeeklyDraws_EachRecordConsideredExactlyOnce()
    {
        var records = Population(3000, 11);
        var considered = new HashSet<string>(StringComparer.Ordinal);
        var sampledOn = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        for (var week = 0; week < 26; week++)
        {
            var asOf = Records.AsOf.AddDays(7 * week);
            var context = EligibilityContext.At(asOf) with { LastSampledOn = sampledOn };
            var result = Draw(records, week, considered: considered, context: context);
            foreach (var c in result.Considerations)
            {
                Assert.True(considered.Add(c.CrimeRef), $"{c.CrimeRef} considered twice");
            }

            foreach (var s in result.Sampled)
            {
                sampledOn[s.VictimId] = asOf;
            }
        }

        Assert.Equal(records.Count, considered.Count);
    }

    [Fact]
    public void Draw_AsbRepeatLocation_FlaggedOnConsideration()
    {
        var records = Enumerable.Range(0, 5)
            .Select(i => Records.Eligible($"A{i}", "", Records.AsOf.AddDays(-60 + i)) with { IncidentType = IncidentType.Asb, LocationId = "HOT" })
            .ToList();

        var result = Draw(records, 1);

        Assert.Equal([false, false, false, false, true], result.Considerations.Select(c => c.AsbRepeatLocation));
    }

    [Fact]
    public void StratumSeed_DependsOnSeedProgrammeAndStratum()
    {
        Assert.Equal(SampleDrawer.StratumSeed(1, "uss", "burglary/EAST"), SampleDrawer.StratumSeed(1, "uss", "burglary/EAST"));
        Assert.NotEqual(SampleDrawer.StratumSeed(1, "uss", "burglary/EAST"), SampleDrawer.StratumSeed(2, "uss", "burglary/EAST"));
        Assert.NotEqual(SampleDrawer.StratumSeed(1, "uss", "burglary/EAST"), SampleDrawer.StratumSeed(1, "uss", "burglary/WEST"));
    }
}
