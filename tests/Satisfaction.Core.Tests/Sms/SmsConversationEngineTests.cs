using Satisfaction.Core.Sms;
using Satisfaction.Core.Tests.Questionnaires;

namespace Satisfaction.Core.Tests.Sms;

public sealed class SmsConversationEngineTests
{
    internal static readonly Dictionary<string, string> Sample = new(StringComparer.Ordinal)
    {
        ["crime_type"] = "burglary",
        ["report_date"] = "3 Mar",
        ["user_group"] = "burglary",
    };

    internal static SmsConversationEngine Engine() => new(TestFiles.LoadShipped("sms-victim.yaml"), new SmsConversationTexts { Sender = "Demo Police" });

    [Fact]
    public void Start_sends_the_first_question_with_the_case_values_piped_in()
    {
        var step = Engine().Start(Sample);
        var message = Assert.Single(step.Messages);
        Assert.Equal(SmsMessageKind.Invitation, message.Kind);
        Assert.Equal("sms_consent", message.QuestionId);
        Assert.Contains("the burglary you reported on 3 Mar", message.Body, StringComparison.Ordinal);
        Assert.EndsWith("Reply YES or NO", message.Body, StringComparison.Ordinal);
        Assert.Equal(SmsConversationStatus.Open, step.State.Status);
    }

    [Fact]
    public void A_full_interview_follows_the_routing_and_ends_with_the_thank_you()
    {
        var engine = Engine();
        var state = engine.Start(Sample).State;
        string[] replies = ["Yes", "1", "very satisfied", "  3 ", "Completely satisfied 😀", "I was fairly satisfied overall thanks", "y"];
        var lastMessages = new List<SmsOutgoing>();
        foreach (var reply in replies)
        {
            var step = engine.Reply(state, Sample, reply);
            Assert.Equal(SmsReplyOutcome.Answered, step.Outcome);
            state = step.State;
            lastMessages = [.. step.Messages];
        }

        Assert.Equal(SmsConversationStatus.Completed, state.Status);
        Assert.Equal(SmsMessageKind.ThankYou, Assert.Single(lastMessages).Kind);
        Assert.Equal(
            ["sms_consent:1", "ease_of_contact:1", "police_actions:2", "follow_up:3", "treatment:1", "whole_experience:3", "crime_number_given:1"],
            state.Answers.Select(a => $"{a.QuestionId}:{a.Code}"));
        Assert.Equal(SmsDispositions.Complete, engine.Disposition(state));
    }

    [Fact]
    public void A_dissatisfied_victim_is_asked_for_a_comment_and_an_asb_victim_skips_the_crime_number()
    {
        var engine = Engine();
        var asb = new Dictionary<string, string>(Sample) { ["user_group"] = "asb", ["crime_type"] = "anti-social behaviour" };
        var state = engine.Start(asb).State;
        foreach (var reply in new[] { "yes", "5", "5", "6", "7" })
        {
            state = engine.Reply(state, asb, reply).State;
        }

        var step = engine.Reply(state, asb, "very dissatisfied");
        Assert.Equal("sms_comment", step.State.CurrentQuestionId);
        step = engine.Reply(step.State, asb, "Nobody called me back.");
        Assert.Equal(SmsConversationStatus.Completed, step.State.Status);
        Assert.Equal("Nobody called me back.", step.State.Answers[^1].Text);
    }

    [Fact]
    public void An_invalid_reply_is_reprompted_twice_then_recorded_as_no_answer()
    {
        var engine = Engine();
        var state = engine.Reply(engine.Start(Sample).State, Sample, "yes").State;
        var first = engine.Reply(state, Sample, "banana");
        Assert.Equal(SmsReplyOutcome.Reprompted, first.Outcome);
        Assert.Equal(SmsMessageKind.Reprompt, Assert.Single(first.Messages).Kind);
        Assert.Contains("Reply 1-7", first.Messages[0].Body, StringComparison.Ordinal);
        var second = engine.Reply(first.State, Sample, "12");
        Assert.Equal(SmsReplyOutcome.Reprompted, second.Outcome);
        var third = engine.Reply(second.State, Sample, "1 or 2");
        Assert.Equal(SmsReplyOutcome.NoAnswer, third.Outcome);
        Assert.Equal(["ease_of_contact"], third.State.NoAnswer);
        Assert.Equal("police_actions", third.State.CurrentQuestionId);
        Assert.Equal(0, third.State.Reprompts);
        Assert.Equal(SmsMessageKind.Question, Assert.Single(third.Messages).Kind);
        Assert.DoesNotContain(third.State.Answers, a => a.QuestionId == "ease_of_contact");
    }

    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData("  Stop. ")]
    [InlineData("STOPALL")]
    [InlineData("unsubscribe!")]
    [InlineData("End")]
    [InlineData("quit")]
    [InlineData("CANCEL")]
    [InlineData("optout")]
    [InlineData("Revoke")]
    public void An_opt_out_word_stops_the_conversation_and_sends_nothing(string reply)
    {
        var engine = Engine();
        var state = engine.Reply(engine.Start(Sample).State, Sample, "yes").State;
        var step = engine.Reply(state, Sample, reply);
        Assert.Equal(SmsReplyOutcome.OptedOut, step.Outcome);
        Assert.Empty(step.Messages);
        Assert.Equal(SmsConversationStatus.Stopped, step.State.Status);
        Assert.Equal(SmsDispositions.ExplicitRefusal, engine.Disposition(step.State));
    }

    [Fact]
    public void Help_is_answered_with_who_is_asking_and_how_to_stop_and_the_question_still_waits()
    {
        var engine = Engine();
        var state = engine.Start(Sample).State;
        var step = engine.Reply(state, Sample, "help");
        Assert.Equal(SmsReplyOutcome.Help, step.Outcome);
        var body = Assert.Single(step.Messages).Body;
        Assert.Contains("Demo Police", body, StringComparison.Ordinal);
        Assert.Contains("STOP", body, StringComparison.Ordinal);
        Assert.Equal(state, step.State);
    }

    [Fact]
    public void Declining_at_the_first_question_ends_with_a_refusal()
    {
        var engine = Engine();
        var step = engine.Reply(engine.Start(Sample).State, Sample, "no");
        Assert.Equal(SmsConversationStatus.Completed, step.State.Status);
        Assert.Equal(SmsDispositions.Refusal, engine.Disposition(step.State));
    }

    [Fact]
    public void A_reply_after_the_end_is_ignored()
    {
        var engine = Engine();
        var done = engine.Reply(engine.Start(Sample).State, Sample, "no").State;
        var step = engine.Reply(done, Sample, "3");
        Assert.Equal(SmsReplyOutcome.Ignored, step.Outcome);
        Assert.Empty(step.Messages);
        Assert.Equal(done, step.State);
    }

    [Fact]
    public void Expiry_is_a_partial_when_the_core_measures_were_answered_else_a_non_response()
    {
        var engine = Engine();
        var state = engine.Start(Sample).State;
        Assert.Equal(SmsDispositions.NothingReturned, engine.Disposition(SmsConversationEngine.Expire(state)));
        state = engine.Reply(state, Sample, "yes").State;
        state = engine.Reply(state, Sample, "2").State;
        Assert.Equal(SmsDispositions.BreakOff, engine.Disposition(SmsConversationEngine.Expire(state)));
        foreach (var reply in new[] { "2", "2", "2", "2" })
        {
            state = engine.Reply(state, Sample, reply).State;
        }

        Assert.Equal("crime_number_given", state.CurrentQuestionId);
        Assert.Equal(SmsDispositions.Partial, engine.Disposition(SmsConversationEngine.Expire(state)));
    }

    [Fact]
    public void The_reminder_repeats_the_waiting_question()
    {
        var engine = Engine();
        var state = engine.Start(Sample).State;
        var reminder = engine.Reminder(state, Sample);
        Assert.NotNull(reminder);
        Assert.StartsWith("Reminder: Police survey:", reminder.Body, StringComparison.Ordinal);
        Assert.Null(engine.Reminder(SmsConversationEngine.Expire(state), Sample));
    }

    [Theory]
    [InlineData(1, null, false, SmsFollowUp.None)]
    [InlineData(24, null, false, SmsFollowUp.None)]
    [InlineData(24, null, true, SmsFollowUp.Remind)]
    [InlineData(30, 25, true, SmsFollowUp.None)]
    [InlineData(72, 25, true, SmsFollowUp.Expire)]
    [InlineData(72, null, false, SmsFollowUp.Expire)]
    public void Follow_up_reminds_once_inside_hours_and_expires_after_72_hours(int hoursQuiet, int? remindedAfterHours, bool permitted, SmsFollowUp expected)
    {
        var last = new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);
        DateTimeOffset? reminded = remindedAfterHours is { } r ? last.AddHours(r) : null;
        Assert.Equal(expected, SmsFollowUpPolicy.Default.Decide(last, reminded, last.AddHours(hoursQuiet), permitted));
    }

    [Theory]
    [InlineData("START", SmsKeyword.OptIn)]
    [InlineData(" unstop ", SmsKeyword.OptIn)]
    [InlineData("Help?", SmsKeyword.Help)]
    [InlineData("stop texting me", SmsKeyword.OptOut)]
    [InlineData("opt out", SmsKeyword.OptOut)]
    [InlineData("start again please", SmsKeyword.None)]
    [InlineData("3", SmsKeyword.None)]
    [InlineData("", SmsKeyword.None)]
    public void Keywords_are_recognised_in_any_case_with_punctuation(string body, SmsKeyword expected) =>
        Assert.Equal(expected, SmsKeywords.Classify(body));
}
