using Satisfaction.Core.Contact;
using Satisfaction.Core.Fieldwork;
using Satisfaction.Core.Rdd;

namespace Satisfaction.Core.Tests.Fieldwork;

public sealed class RecallPlannerTests
{
    private static readonly TimeSpan Bst = TimeSpan.FromHours(1);
    private static readonly TimeSpan Gmt = TimeSpan.Zero;
    private static readonly ContactWindows Windows = new(new ContactHoursOptions(), new BankHolidayCalendar(BankHolidayFile.Shipped()));
    private static readonly RecallPlanner Planner = new(RecallRules.Default, new RecallOptions(), Windows);

    // Tuesday 6 July 2027 (BST), an ordinary working week. Calls are permitted 09:00-21:00, not on Sundays.
    private static DateTimeOffset Tue(int hour, int minute = 0) => new(2027, 7, 6, hour, minute, 0, Bst);

    private static DateTimeOffset Wed(int hour, int minute = 0) => new(2027, 7, 7, hour, minute, 0, Bst);

    // ---- The table -----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(CallOutcome.Complete, "1.1", "1.1", true)]
    [InlineData(CallOutcome.Partial, "1.2", "1.2", false)]
    [InlineData(CallOutcome.Refusal, "2.111", "2.112", true)]
    [InlineData(CallOutcome.BreakOff, "2.12", "2.12", false)]
    [InlineData(CallOutcome.NoAnswer, "3.13", "2.20", false)]
    [InlineData(CallOutcome.Busy, "3.12", "2.20", false)]
    [InlineData(CallOutcome.AnsweringMachine, "3.14", "2.222", false)]
    [InlineData(CallOutcome.MessageLeft, "2.221", "2.221", false)]
    [InlineData(CallOutcome.WrongNumber, "4.51", "4.90", true)]
    [InlineData(CallOutcome.NotInService, "4.31", "4.32", true)]
    [InlineData(CallOutcome.NotEligible, "4.70", "4.10", true)]
    [InlineData(CallOutcome.Appointment, "2.21", "2.21", false)]
    [InlineData(CallOutcome.Language, "2.331", "2.332", true)]
    [InlineData(CallOutcome.Unable, "2.32", "2.32", true)]
    public void DefaultTable_CodesAndFinality(CallOutcome outcome, string rdd, string victim, bool final)
    {
        var rule = RecallRules.Default.For(outcome);

        Assert.Equal((rdd, victim, final), (rule.RddDisposition, rule.VictimDisposition, rule.Final));
    }

    [Fact]
    public void DefaultTable_HasOneRulePerOutcome() =>
        Assert.Equal(Enum.GetValues<CallOutcome>(), RecallRules.Default.All.Select(r => r.Outcome));

    // ---- Final outcomes close the case -------------------------------------------------------------------------------

    [Theory]
    [InlineData(CallOutcome.Complete, CaseKind.Rdd, "1.1", AaporOutcome.Complete)]
    [InlineData(CallOutcome.Refusal, CaseKind.Rdd, "2.111", AaporOutcome.Refusal)]
    [InlineData(CallOutcome.Refusal, CaseKind.Victim, "2.112", AaporOutcome.Refusal)]
    [InlineData(CallOutcome.WrongNumber, CaseKind.Rdd, "4.51", AaporOutcome.NotEligible)]
    [InlineData(CallOutcome.WrongNumber, CaseKind.Victim, "4.90", AaporOutcome.NotEligible)]
    [InlineData(CallOutcome.NotInService, CaseKind.Rdd, "4.31", AaporOutcome.NotEligible)]
    [InlineData(CallOutcome.NotInService, CaseKind.Victim, "4.32", AaporOutcome.NotEligible)]
    [InlineData(CallOutcome.NotEligible, CaseKind.Rdd, "4.70", AaporOutcome.NotEligible)]
    [InlineData(CallOutcome.NotEligible, CaseKind.Victim, "4.10", AaporOutcome.NotEligible)]
    [InlineData(CallOutcome.Language, CaseKind.Victim, "2.332", AaporOutcome.Other)]
    [InlineData(CallOutcome.Unable, CaseKind.Victim, "2.32", AaporOutcome.Other)]
    public void FinalOutcome_ClosesWithItsCode(CallOutcome outcome, CaseKind kind, string code, AaporOutcome symbol)
    {
        var plan = Planner.Plan(kind, [new CallAttempt(Tue(10), CallOutcome.NoAnswer), new CallAttempt(Tue(14), outcome)], Tue(15));

        Assert.True(plan.Closed);
        Assert.Null(plan.NextCallAt);
        Assert.Equal(code, plan.Disposition);
        Assert.Equal(symbol, plan.Outcome);
        Assert.Equal(2, plan.AttemptsMade);
    }

    // ---- A fresh case --------------------------------------------------------------------------------------------------

    [Fact]
    public void NoAttempts_InHours_CallNow()
    {
        var plan = Planner.Plan(CaseKind.Victim, [], Tue(11, 15));

        Assert.False(plan.Closed);
        Assert.Equal(Tue(11, 15), plan.NextCallAt);
        Assert.Equal("3.11", plan.Disposition);
    }

    [Fact]
    public void NoAttempts_AtNight_NextMorning() =>
        Assert.Equal(Wed(9), Planner.Plan(CaseKind.Rdd, [], Tue(22)).NextCallAt);

    // ---- Minimum gap and another part of the day -------------------------------------------------------------------

    [Fact]
    public void NoAnswerInTheMorning_TwoHoursLaterIsAlreadyAfternoon()
    {
        // 10:30 + 2 h = 12:30, the afternoon: both rules hold.
        var plan = Planner.Plan(CaseKind.Rdd, [new CallAttempt(Tue(10, 30), CallOutcome.NoAnswer)], Tue(10, 31));

        Assert.Equal(Tue(12, 30), plan.NextCallAt);
        Assert.Equal("3.13", plan.Disposition);
    }

    [Fact]
    public void NoAnswerInTheAfternoon_WaitsForTheEvening()
    {
        // 13:00 + 2 h = 15:00 is still afternoon: the next try moves to 17:00, the evening.
        var plan = Planner.Plan(CaseKind.Victim, [new CallAttempt(Tue(13), CallOutcome.NoAnswer)], Tue(13, 1));

        Assert.Equal(Tue(17), plan.NextCallAt);
        Assert.Equal("2.20", plan.Disposition);
        Assert.Equal("last attempt no_answer; wait at least 2 h, then call in a part of the day other than the afternoon, within calling hours", plan.Reason);
        Assert.Equal(AaporOutcome.NonContact, plan.Outcome);
    }

    [Fact]
    public void NoAnswerInTheEvening_NextMorning()
    {
        // 19:30 + 2 h = 21:30, after calling hours: Wednesday 09:00, the morning.
        var plan = Planner.Plan(CaseKind.Victim, [new CallAttempt(Tue(19, 30), CallOutcome.NoAnswer)], Tue(19, 31));

        Assert.Equal(Wed(9), plan.NextCallAt);
    }

    [Fact]
    public void NoAnswerInTheMorning_AsAtNextDayMorning_MovesToTheAfternoon()
    {
        // Planned late: it is Wednesday 09:30 (morning again), so the next try waits for 12:00.
        var plan = Planner.Plan(CaseKind.Victim, [new CallAttempt(Tue(9, 30), CallOutcome.NoAnswer)], Wed(9, 30));

        Assert.Equal(Wed(12), plan.NextCallAt);
    }

    [Fact]
    public void Busy_OnlyTheMinimumGap_SamePartOfTheDayAllowed()
    {
        var plan = Planner.Plan(CaseKind.Rdd, [new CallAttempt(Tue(13), CallOutcome.Busy)], Tue(13, 1));

        Assert.Equal(Tue(15), plan.NextCallAt);
        Assert.Equal("3.12", plan.Disposition);
    }

    [Fact]
    public void AnsweringMachine_AnotherPartOfTheDay()
    {
        var plan = Planner.Plan(CaseKind.Victim, [new CallAttempt(Tue(14), CallOutcome.AnsweringMachine)], Tue(14, 1));

        Assert.Equal(Tue(17), plan.NextCallAt);
        Assert.Equal("2.222", plan.Disposition);
    }

    [Fact]
    public void MessageLeft_AnotherPartOfTheDay()
    {
        var plan = Planner.Plan(CaseKind.Victim, [new CallAttempt(Tue(10), CallOutcome.MessageLeft)], Tue(10, 1));

        Assert.Equal(Tue(12), plan.NextCallAt);
        Assert.Equal("2.221", plan.Disposition);
    }

    [Fact]
    public void Partial_ResumesAfterTheMinimumGap()
    {
        var plan = Planner.Plan(CaseKind.Victim, [new CallAttempt(Tue(14), CallOutcome.Partial)], Tue(14, 5));

        Assert.False(plan.Closed);
        Assert.Equal(Tue(16), plan.NextCallAt);
        Assert.Equal("1.2", plan.Disposition);
    }

    [Fact]
    public void BreakOff_OneDayLater()
    {
        var plan = Planner.Plan(CaseKind.Victim, [new CallAttempt(Tue(14), CallOutcome.BreakOff)], Tue(14, 5));

        Assert.Equal(Wed(14), plan.NextCallAt);
        Assert.Equal("2.12", plan.Disposition);
    }

    [Fact]
    public void NoAnswerOnSaturdayEvening_BeforeEasterAndTheClockChange_NextIsTuesday0900Bst()
    {
        // Saturday 27 March 2027 19:30 GMT: Sunday is barred (and the clocks go forward), Monday is Easter Monday.
        var plan = Planner.Plan(CaseKind.Rdd, [new CallAttempt(new DateTimeOffset(2027, 3, 27, 19, 30, 0, Gmt), CallOutcome.NoAnswer)], new DateTimeOffset(2027, 3, 27, 19, 31, 0, Gmt));

        Assert.Equal(new DateTimeOffset(2027, 3, 30, 9, 0, 0, Bst), plan.NextCallAt);
        Assert.Equal(Bst, plan.NextCallAt!.Value.Offset);
    }

    [Fact]
    public void CallingHoursWithinOnePartOfTheDay_FallsBackToTheHours()
    {
        var windows = new ContactWindows(new ContactHoursOptions { Phone = new ChannelHours { Start = new(9, 0), End = new(12, 0) } }, BankHolidayCalendar.RulesOnly);
        var planner = new RecallPlanner(RecallRules.Default, new RecallOptions(), windows);

        var plan = planner.Plan(CaseKind.Rdd, [new CallAttempt(Tue(9), CallOutcome.NoAnswer)], Tue(9, 1));

        // Calls only 09:00-12:00: no other part of the day is ever open, so only the gap and the hours apply.
        Assert.Equal(Tue(11), plan.NextCallAt);
    }

    // ---- Appointments --------------------------------------------------------------------------------------------

    [Fact]
    public void Appointment_KeptAtItsTime_EvenWithinTheMinimumGap()
    {
        var plan = Planner.Plan(CaseKind.Victim, [new CallAttempt(Tue(18), CallOutcome.Appointment, Tue(18, 30))], Tue(18, 1));

        Assert.False(plan.Closed);
        Assert.True(plan.IsAppointment);
        Assert.Equal(Tue(18, 30), plan.NextCallAt);
        Assert.Equal("2.21", plan.Disposition);
    }

    [Fact]
    public void Appointment_Passed_CallNow()
    {
        var plan = Planner.Plan(CaseKind.Victim, [new CallAttempt(Tue(10), CallOutcome.Appointment, Tue(15))], Tue(16));

        Assert.True(plan.IsAppointment);
        Assert.Equal(Tue(16), plan.NextCallAt);
    }

    [Fact]
    public void Appointment_OutsideCallingHours_NextOpening()
    {
        // 22:00 is after calling hours (21:00): the call waits for Wednesday 09:00.
        var plan = Planner.Plan(CaseKind.Victim, [new CallAttempt(Tue(10), CallOutcome.Appointment, Tue(22))], Tue(11));

        Assert.Equal(Wed(9), plan.NextCallAt);
        Assert.Contains("outside calling hours", plan.Reason);
    }

    [Fact]
    public void Appointment_OnTheLastAttempt_StillKept_UpToTheExtraAttempts()
    {
        var five = Enumerable.Range(0, 5).Select(i => new CallAttempt(Tue(9).AddDays(-7 + i), CallOutcome.NoAnswer)).ToList();
        var sixth = five.Append(new CallAttempt(Tue(10), CallOutcome.Appointment, Wed(10))).ToList();

        var kept = Planner.Plan(CaseKind.Victim, sixth, Tue(11));
        Assert.False(kept.Closed);
        Assert.Equal(Wed(10), kept.NextCallAt);

        // 7th: another appointment, still kept (6 + 2 extra = 8 at most).
        var seventh = sixth.Append(new CallAttempt(Wed(10), CallOutcome.Appointment, Wed(19))).ToList();
        Assert.False(Planner.Plan(CaseKind.Victim, seventh, Wed(11)).Closed);

        // 8th: the limit is reached; closed with the best code seen: 2.21 (respondent never available).
        var eighth = seventh.Append(new CallAttempt(Wed(19), CallOutcome.Appointment, Wed(20))).ToList();
        var closed = Planner.Plan(CaseKind.Victim, eighth, Wed(19, 5));
        Assert.True(closed.Closed);
        Assert.Equal("2.21", closed.Disposition);
    }

    [Fact]
    public void Appointment_WithoutTime_IsABug() =>
        Assert.Throws<ArgumentException>(() => Planner.Plan(CaseKind.Victim, [new CallAttempt(Tue(10), CallOutcome.Appointment)], Tue(11)));

    // ---- Maximum attempts --------------------------------------------------------------------------------------

    [Fact]
    public void SixNoAnswers_Rdd_ClosedAsNoAnswer313()
    {
        var plan = Planner.Plan(CaseKind.Rdd, Attempts(CallOutcome.NoAnswer, 6), Tue(12));

        Assert.True(plan.Closed);
        Assert.Equal("3.13", plan.Disposition);
        Assert.Equal(AaporOutcome.UnknownHousehold, plan.Outcome);
        Assert.Contains("maximum 6", plan.Reason);
    }

    [Fact]
    public void SixNoAnswers_Victim_ClosedAsNonContact220()
    {
        var plan = Planner.Plan(CaseKind.Victim, Attempts(CallOutcome.NoAnswer, 6), Tue(12));

        Assert.True(plan.Closed);
        Assert.Equal("2.20", plan.Disposition);
        Assert.Equal(AaporOutcome.NonContact, plan.Outcome);
    }

    [Fact]
    public void FiveNoAnswers_StillOpen()
    {
        var plan = Planner.Plan(CaseKind.Victim, Attempts(CallOutcome.NoAnswer, 5), Tue(12));

        Assert.False(plan.Closed);
        Assert.Equal(5, plan.AttemptsMade);
    }

    [Fact]
    public void SixBusy_Rdd_ClosedAsAlwaysBusy312() =>
        Assert.Equal("3.12", Planner.Plan(CaseKind.Rdd, Attempts(CallOutcome.Busy, 6), Tue(12)).Disposition);

    [Fact]
    public void MaxAttempts_MessageLeftOutranksLaterNoAnswers_Rdd()
    {
        // A message left on a household machine (2.221, NC) is better evidence than no answer (3.13, UH).
        var attempts = Attempts(CallOutcome.NoAnswer, 6);
        attempts[1] = attempts[1] with { Outcome = CallOutcome.MessageLeft };

        var plan = Planner.Plan(CaseKind.Rdd, attempts, Tue(12));

        Assert.Equal("2.221", plan.Disposition);
        Assert.Equal(AaporOutcome.NonContact, plan.Outcome);
    }

    [Fact]
    public void MaxAttempts_PartialOutranksBreakOffAndNoAnswers()
    {
        var attempts = Attempts(CallOutcome.NoAnswer, 6);
        attempts[0] = attempts[0] with { Outcome = CallOutcome.BreakOff };
        attempts[2] = attempts[2] with { Outcome = CallOutcome.Partial };

        Assert.Equal("1.2", Planner.Plan(CaseKind.Victim, attempts, Tue(12)).Disposition);
    }

    [Fact]
    public void MaxAttempts_BreakOffOutranksNoAnswers()
    {
        var attempts = Attempts(CallOutcome.NoAnswer, 6);
        attempts[3] = attempts[3] with { Outcome = CallOutcome.BreakOff };

        var plan = Planner.Plan(CaseKind.Victim, attempts, Tue(12));

        Assert.Equal("2.12", plan.Disposition);
        Assert.Equal(AaporOutcome.Refusal, plan.Outcome);
    }

    [Fact]
    public void MaxAttempts_Configurable()
    {
        var planner = new RecallPlanner(RecallRules.Default, new RecallOptions { MaxAttempts = 3 }, Windows);

        Assert.True(planner.Plan(CaseKind.Victim, Attempts(CallOutcome.NoAnswer, 3), Tue(12)).Closed);
        Assert.False(Planner.Plan(CaseKind.Victim, Attempts(CallOutcome.NoAnswer, 3), Tue(12)).Closed);
    }

    [Fact]
    public void Disposition_NoAttempts_NotAttempted311() =>
        Assert.Equal(AaporDispositions.NotAttempted, Planner.Disposition(CaseKind.Rdd, []));

    // ---- Configuring the table ---------------------------------------------------------------------------------------

    [Fact]
    public void With_SoftRefusalNotFinal_RecalledAfterAWeek()
    {
        var rules = RecallRules.Default.With(RecallRules.Default.For(CallOutcome.Refusal) with { Final = false, Delay = TimeSpan.FromDays(7) });
        var planner = new RecallPlanner(rules, new RecallOptions(), Windows);

        var plan = planner.Plan(CaseKind.Victim, [new CallAttempt(Tue(14), CallOutcome.Refusal)], Tue(14, 5));

        Assert.False(plan.Closed);
        Assert.Equal(new DateTimeOffset(2027, 7, 13, 14, 0, 0, Bst), plan.NextCallAt);
        Assert.Equal("2.112", plan.Disposition);
    }

    [Fact]
    public void With_LongerMinimumGap_Applies()
    {
        var planner = new RecallPlanner(RecallRules.Default, new RecallOptions { MinimumGap = TimeSpan.FromHours(4) }, Windows);

        Assert.Equal(Tue(18), planner.Plan(CaseKind.Rdd, [new CallAttempt(Tue(14), CallOutcome.Busy)], Tue(14)).NextCallAt);
    }

    [Fact]
    public void Validate_BadTable_NamesEveryProblem()
    {
        var rules = RecallRules.Default.All
            .Where(r => r.Outcome != CallOutcome.Unable)
            .Select(r => r.Outcome switch
            {
                CallOutcome.Complete => r with { Final = false },
                CallOutcome.Appointment => r with { Final = true },
                CallOutcome.NotInService => r with { Final = false },
                CallOutcome.NoAnswer => r with { RddDisposition = "3.3", Delay = TimeSpan.FromMinutes(-1) },
                _ => r,
            })
            .ToList();

        var problems = RecallRules.Validate(rules);

        Assert.Contains("unable: has no rule; give exactly one", problems);
        Assert.Contains("complete: a complete interview must close the case (final)", problems);
        Assert.Contains("appointment: an appointment cannot be final (the case must be called at the appointment)", problems);
        Assert.Contains("not_in_service: rdd disposition 4.31 is not eligible (4.x), so the rule must be final", problems);
        Assert.Contains("no_answer: rdd disposition '3.3' is not an AAPOR code (1.1 to 4.90)", problems);
        Assert.Contains(problems, p => p.StartsWith("no_answer: delay -00:01:00 is negative", StringComparison.Ordinal));
        Assert.Throws<InvalidInputException>(() => new RecallRules(rules));
    }

    [Fact]
    public void Options_Invalid_Refused()
    {
        var options = new RecallOptions { MaxAttempts = 0, MinimumGap = TimeSpan.FromHours(-1), AfternoonStarts = new(18, 0) };

        Assert.Equal(3, options.Validate().Count);
        var error = Assert.Throws<InvalidInputException>(() => new RecallPlanner(RecallRules.Default, options, Windows));
        Assert.Contains("MaxAttempts", error.Message);
    }

    [Theory]
    [InlineData(9, 0, DayPart.Morning)]
    [InlineData(11, 59, DayPart.Morning)]
    [InlineData(12, 0, DayPart.Afternoon)]
    [InlineData(16, 59, DayPart.Afternoon)]
    [InlineData(17, 0, DayPart.Evening)]
    public void PartOf_LocalTime(int hour, int minute, DayPart expected) =>
        Assert.Equal(expected, Planner.PartOf(Tue(hour, minute)));

    /// <summary>n attempts on successive weekdays at alternating times, all with <paramref name="outcome"/>.</summary>
    private static List<CallAttempt> Attempts(CallOutcome outcome, int n) =>
        Enumerable.Range(0, n).Select(i => new CallAttempt(Tue(i % 2 == 0 ? 10 : 18).AddDays(-n + i), outcome)).ToList();
}
