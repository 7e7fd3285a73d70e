using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sampling;

namespace Satisfaction.Core.Tests.Sampling;

public sealed class EligibilityEvaluatorTests
{
    private static readonly EligibilityEvaluator Evaluator = new(Records.Defaults());

    private static EligibilityOutcome Evaluate(IncidentRecord r, EligibilityContext? c = null) =>
        Evaluator.Evaluate(r, c ?? EligibilityContext.At(Records.AsOf));

    [Theory]
    [InlineData("28", "burglary")]
    [InlineData("28a", "burglary")]
    [InlineData("29", "burglary")]
    [InlineData("37/2", "vehicle")]
    [InlineData("126", "vehicle")]
    [InlineData("105B", "violent")]
    [InlineData("34B", "violent")]
    [InlineData("8N", "violent")]
    public void Evaluate_InScopeCrime_GetsGroup(string offence, string group)
    {
        var outcome = Evaluate(Records.Eligible("C1", offence));

        Assert.True(outcome.IsEligible);
        Assert.Equal(group, outcome.Group!.Id);
        Assert.Equal("uss", outcome.Programme!.Id);
    }

    [Fact]
    public void Evaluate_OtherOffence_NotInScope()
    {
        var outcome = Evaluate(Records.Eligible("C1", "46"));

        Assert.Equal(ReasonCodes.NotInScope, outcome.Reason);
        Assert.Null(outcome.Group);
    }

    [Fact]
    public void Evaluate_HateFlaggedBurglary_GoesToHateGroup()
    {
        var outcome = Evaluate(Records.Eligible("C1", "28A") with { Flags = CrimeFlags.Hate });

        Assert.Equal("hate", outcome.Group!.Id);
        Assert.Equal("uss-hate", outcome.Group.Questionnaire);
    }

    [Fact]
    public void Evaluate_HateIncidentWithFlag_HateGroup_WithoutFlag_NotInScope()
    {
        var incident = Records.Eligible("C1", "") with { IncidentType = IncidentType.HateIncident };

        Assert.Equal("hate", Evaluate(incident with { Flags = CrimeFlags.Hate }).Group!.Id);
        Assert.Equal(ReasonCodes.NotInScope, Evaluate(incident).Reason);
    }

    [Fact]
    public void Evaluate_HateFlaggedOtherCrime_HateGroup()
    {
        Assert.Equal("hate", Evaluate(Records.Eligible("C1", "46") with { Flags = CrimeFlags.Hate }).Group!.Id);
    }

    [Fact]
    public void Evaluate_AsbIncident_AsbProgramme()
    {
        var outcome = Evaluate(Records.Eligible("A1", "") with { IncidentType = IncidentType.Asb });

        Assert.Equal("asb", outcome.Programme!.Id);
        Assert.Equal("asb", outcome.Group!.Id);
    }

    [Fact]
    public void Evaluate_HateOrderReversed_BurglaryWins()
    {
        var uss = Records.Load("uss");
        var reversed = uss with { UserGroups = [.. uss.UserGroups.Skip(1), uss.UserGroups[0]] };

        var outcome = new EligibilityEvaluator([reversed]).Evaluate(
            Records.Eligible("C1") with { Flags = CrimeFlags.Hate }, EligibilityContext.At(Records.AsOf));

        Assert.Equal("burglary", outcome.Group!.Id);
    }

    public static TheoryData<string, IncidentRecord> Exclusions() => new()
    {
        { ReasonCodes.OrganisationVictim, Records.Eligible("C1") with { VictimType = VictimType.Organisation, Age = null } },
        { ReasonCodes.Deceased, Records.Eligible("C1") with { Flags = CrimeFlags.Deceased } },
        { ReasonCodes.PoliceVictimOnDuty, Records.Eligible("C1") with { Flags = CrimeFlags.PoliceVictimOnDuty } },
        { ReasonCodes.DomesticAbuse, Records.Eligible("C1") with { Flags = CrimeFlags.DomesticAbuse } },
        { ReasonCodes.SexualOffence, Records.Eligible("C1", "5A") with { Flags = CrimeFlags.SexualOffence } },
        { ReasonCodes.UnderAge, Records.Eligible("C1") with { Age = 15 } },
        { ReasonCodes.AgeUnknown, Records.Eligible("C1") with { Age = null } },
        { ReasonCodes.Suspect, Records.Eligible("C1") with { Flags = CrimeFlags.Suspect } },
        { ReasonCodes.DoNotContact, Records.Eligible("C1") with { Flags = CrimeFlags.DoNotContact } },
        { ReasonCodes.NoPhone, Records.Eligible("C1") with { HasUsablePhone = false } },
        { ReasonCodes.OutsideWindow, Records.Eligible("C1", reportDate: Records.AsOf.AddDays(-85)) },
    };

    [Theory]
    [MemberData(nameof(Exclusions))]
    public void Evaluate_ExcludedRecord_GetsReason(string reason, IncidentRecord record)
    {
        var outcome = Evaluate(record);

        Assert.False(outcome.IsEligible);
        Assert.Equal(reason, outcome.Reason);
    }

    [Fact]
    public void Evaluate_Age16_Eligible_Age18Rule_UnderAge()
    {
        var record = Records.Eligible("C1") with { Age = 16 };
        var met = Records.Load("uss") with { MinimumAge = 18 };

        Assert.True(Evaluate(record).IsEligible);
        Assert.Equal(ReasonCodes.UnderAge, new EligibilityEvaluator([met]).Evaluate(record, EligibilityContext.At(Records.AsOf)).Reason);
        Assert.True(new EligibilityEvaluator([met]).Evaluate(record with { Age = 18 }, EligibilityContext.At(Records.AsOf)).IsEligible);
    }

    [Fact]
    public void Evaluate_OptedOutVictim_DoNotContact()
    {
        var context = EligibilityContext.At(Records.AsOf) with { OptedOutVictimIds = new HashSet<string>(["V-C1"]) };

        Assert.Equal(ReasonCodes.DoNotContact, Evaluate(Records.Eligible("C1"), context).Reason);
    }

    [Fact]
    public void Evaluate_SampledElevenMonthsAgo_SampledRecently_TwelveMonthsAgo_Eligible()
    {
        var recent = EligibilityContext.At(Records.AsOf) with { LastSampledOn = new Dictionary<string, DateOnly> { ["V-C1"] = Records.AsOf.AddMonths(-12).AddDays(1) } };
        var old = EligibilityContext.At(Records.AsOf) with { LastSampledOn = new Dictionary<string, DateOnly> { ["V-C1"] = Records.AsOf.AddMonths(-12) } };

        Assert.Equal(ReasonCodes.SampledRecently, Evaluate(Records.Eligible("C1"), recent).Reason);
        Assert.True(Evaluate(Records.Eligible("C1"), old).IsEligible);
    }

    [Fact]
    public void Evaluate_SeveralFailures_FirstInPrecedenceWins()
    {
        var all = Records.Eligible("C1") with
        {
            Age = 12,
            HasUsablePhone = false,
            Flags = CrimeFlags.Suspect | CrimeFlags.DomesticAbuse | CrimeFlags.Deceased,
        };

        Assert.Equal(ReasonCodes.Deceased, Evaluate(all).Reason);
        Assert.Equal(ReasonCodes.DomesticAbuse, Evaluate(all with { Flags = CrimeFlags.Suspect | CrimeFlags.DomesticAbuse }).Reason);
        Assert.Equal(ReasonCodes.UnderAge, Evaluate(all with { Flags = CrimeFlags.Suspect }).Reason);
        Assert.Equal(ReasonCodes.Suspect, Evaluate(all with { Age = 30, Flags = CrimeFlags.Suspect }).Reason);
        Assert.Equal(ReasonCodes.NoPhone, Evaluate(all with { Age = 30, Flags = CrimeFlags.None }).Reason);
        // Out of window beats every exclusion; out of scope beats the window.
        Assert.Equal(ReasonCodes.OutsideWindow, Evaluate(all with { ReportDate = Records.AsOf.AddDays(-100) }).Reason);
        Assert.Equal(ReasonCodes.NotInScope, Evaluate(all with { OffenceCode = "46", ReportDate = Records.AsOf.AddDays(-100) }).Reason);
    }

    [Fact]
    public void Evaluate_PrecedenceFollowsFileOrder()
    {
        var uss = Records.Load("uss");
        var noPhoneFirst = uss with { Exclusions = [ReasonCodes.NoPhone, .. uss.Exclusions.Where(e => e != ReasonCodes.NoPhone)] };
        var record = Records.Eligible("C1") with { HasUsablePhone = false, Flags = CrimeFlags.Suspect };

        Assert.Equal(ReasonCodes.Suspect, Evaluate(record).Reason);
        Assert.Equal(ReasonCodes.NoPhone, new EligibilityEvaluator([noPhoneFirst]).Evaluate(record, EligibilityContext.At(Records.AsOf)).Reason);
    }

    [Fact]
    public void Evaluate_RuleSwitchedOff_NotApplied()
    {
        var uss = Records.Load("uss");
        var noSuspectRule = uss with { Exclusions = [.. uss.Exclusions.Where(e => e != ReasonCodes.Suspect)] };

        var outcome = new EligibilityEvaluator([noSuspectRule]).Evaluate(
            Records.Eligible("C1") with { Flags = CrimeFlags.Suspect }, EligibilityContext.At(Records.AsOf));

        Assert.True(outcome.IsEligible);
    }

    [Theory]
    [InlineData(41, 1)]
    [InlineData(42, 0)]
    [InlineData(60, 0)]
    [InlineData(84, 0)]
    [InlineData(85, -1)]
    public void Window_Edges_SixAndTwelveWeeksInclusive(int daysBefore, int expected)
    {
        Assert.Equal(expected, FieldworkWindow.Default.Compare(Records.AsOf.AddDays(-daysBefore), Records.AsOf));
        Assert.Equal(expected == 0, Evaluate(Records.Eligible("C1", reportDate: Records.AsOf.AddDays(-daysBefore))).Reason != ReasonCodes.OutsideWindow);
    }

    [Fact]
    public void ReportDate_AcrossBstChange_UsesUkLocalDate()
    {
        // BST began 2026-03-29 01:00 UTC. 23:30 UTC on 29 March is 00:30 BST on 30 March.
        var winter = IncidentRecord.Create("W", new DateTimeOffset(2026, 3, 28, 23, 30, 0, TimeSpan.Zero), "28", IncidentType.Crime, "EAST", "V", VictimType.Person, 30, null, true, "L", CrimeFlags.None);
        var summer = IncidentRecord.Create("S", new DateTimeOffset(2026, 3, 29, 23, 30, 0, TimeSpan.Zero), "28", IncidentType.Crime, "EAST", "V", VictimType.Person, 30, null, true, "L", CrimeFlags.None);

        Assert.Equal(new DateOnly(2026, 3, 28), winter.ReportDate);
        Assert.Equal(new DateOnly(2026, 3, 30), summer.ReportDate);

        // Exactly six weeks after the UK date (2026-05-11) the BST record is in the window; a UTC date would say
        // 2026-03-29 and put it in the window one day early.
        var asOf = new DateOnly(2026, 5, 11);
        Assert.Equal(0, FieldworkWindow.Default.Compare(summer.ReportDate, asOf));
        Assert.Equal(1, FieldworkWindow.Default.Compare(summer.ReportDate, asOf.AddDays(-1)));
    }

    [Fact]
    public void Create_DateOfBirth_AgeAtReportDate()
    {
        var r = IncidentRecord.Create("C", new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero), "28", IncidentType.Crime, "EAST", "V", VictimType.Person, null, new DateOnly(2010, 7, 1), true, "L", CrimeFlags.None);

        // 2026-06-30T23:30Z is 1 July in BST: the victim turned 16 that day.
        Assert.Equal(new DateOnly(2026, 7, 1), r.ReportDate);
        Assert.Equal(16, r.Age);
    }

    [Fact]
    public void Explain_ListsEveryRuleWithResult()
    {
        var record = Records.Eligible("C1") with { Age = 15, Flags = CrimeFlags.Suspect };

        var explanation = Evaluator.Explain(record, EligibilityContext.At(Records.AsOf));

        Assert.Equal(ReasonCodes.UnderAge, explanation.Outcome.Reason);
        Assert.Equal(12, explanation.Checks.Count);
        Assert.Equal(ReasonCodes.NotInScope, explanation.Checks[0].Rule);
        Assert.True(explanation.Checks[0].Passed);
        Assert.Equal(ReasonCodes.OutsideWindow, explanation.Checks[1].Rule);
        Assert.Equal([ReasonCodes.UnderAge, ReasonCodes.Suspect], explanation.Checks.Where(c => !c.Passed).Select(c => c.Rule));
        Assert.Equal("age 15, minimum 16", explanation.Checks.Single(c => c.Rule == ReasonCodes.UnderAge).Detail);
    }

    [Fact]
    public void Explain_NotInScope_StopsAfterScope()
    {
        var explanation = Evaluator.Explain(Records.Eligible("C1", "46"), EligibilityContext.At(Records.AsOf));

        var check = Assert.Single(explanation.Checks);
        Assert.False(check.Passed);
        Assert.Equal(ReasonCodes.NotInScope, explanation.Outcome.Reason);
    }
}
