using System.Text.Json;
using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Core.Tests.Questionnaires;

public sealed class InterviewEngineTests
{
    private static readonly Dictionary<string, string> Burglary = new(StringComparer.Ordinal)
    {
        ["crime_type"] = "burglary",
        ["report_date"] = "3 Mar",
        ["user_group"] = "burglary",
    };

    private static readonly Dictionary<string, string> Vehicle = new(Burglary, StringComparer.Ordinal) { ["user_group"] = "vehicle" };

    private readonly InterviewEngine engine = new(QuestionnaireLinter.LoadClean(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "Questionnaires", "routing.yaml")), "routing.yaml"));

    [Fact]
    public void Start_FirstQuestion_IsAskedWithStateNamingQuestionnaireAndVersion()
    {
        var state = engine.Start(Burglary);

        Assert.Equal(new InterviewState("routing-test", "3", [], "agree", InterviewStatus.InProgress), state with { Answers = [] });
        Assert.Empty(state.Answers);
        Assert.Equal("agree", engine.Current(state)!.Id);
    }

    [Fact]
    public void Submit_RouteToEnd_CompletesTheInterview()
    {
        var result = engine.Submit(engine.Start(Burglary), Burglary, Answer.OfCode("agree", 2));

        Assert.True(result.Accepted);
        Assert.Equal(InterviewStatus.Completed, result.State.Status);
        Assert.Null(result.State.CurrentQuestionId);
        Assert.Null(engine.Current(result.State));
    }

    [Fact]
    public void Submit_OneAdult_SkipsSelectionBecauseNotRelevant()
    {
        var state = Play(engine.Start(Burglary), Burglary, ("agree", 1), ("adults", 1));

        Assert.Equal("scene_examined", state.CurrentQuestionId);
    }

    [Fact]
    public void Submit_TwoAdults_AsksSelection()
    {
        var state = Play(engine.Start(Burglary), Burglary, ("agree", 1), ("adults", 2));

        Assert.Equal("selected", state.CurrentQuestionId);
    }

    [Fact]
    public void Submit_RefusedNumber_SkipsToTheRouteTarget()
    {
        var state = Play(engine.Start(Burglary), Burglary, ("agree", 1), ("adults", 99));

        Assert.Equal("overall", state.CurrentQuestionId);
    }

    [Fact]
    public void Submit_BlockRelevantOnSample_SkipsTheBlockForOtherUserGroups()
    {
        var state = Play(engine.Start(Vehicle), Vehicle, ("agree", 1), ("adults", 1));

        Assert.Equal("overall", state.CurrentQuestionId);
    }

    [Theory]
    [InlineData(6, true, "why")]
    [InlineData(2, true, null)]
    [InlineData(6, false, null)]
    public void Submit_RelevantWithAnsweredFunction_FollowsEarlierAnswers(int overall, bool vehicle, string? expected)
    {
        var sample = vehicle ? Vehicle : Burglary;
        var state = engine.Start(sample);
        state = vehicle
            ? Play(state, sample, ("agree", 1), ("adults", 1), ("overall", overall))
            : Play(state, sample, ("agree", 1), ("adults", 1), ("scene_examined", 1), ("overall", overall));

        Assert.Equal(expected, state.CurrentQuestionId);
        Assert.Equal(expected is null ? InterviewStatus.Completed : InterviewStatus.InProgress, state.Status);
    }

    [Fact]
    public void Submit_CodeNotOnScale_IsRefusedWithReasonAndStateUnchanged()
    {
        var start = engine.Start(Burglary);

        var result = engine.Submit(start, Burglary, Answer.OfCode("agree", 3));

        Assert.False(result.Accepted);
        Assert.Equal("3 is not an allowed code; reply 1 or 2, or 8 for don't know", result.Reason);
        Assert.Same(start, result.State);
    }

    [Fact]
    public void Validate_SatisfactionCodeOutOfRange_NamesTheRangeAndDontKnow()
    {
        var check = engine.Validate(Answer.OfCode("overall", 12));

        Assert.Equal("12 is not an allowed code; reply 1 to 7, or 8 for don't know", check.Reason);
    }

    [Theory]
    [InlineData(0, "0 is not an allowed answer; reply a number from 1 to 20, or 99 for refused")]
    [InlineData(21, "21 is not an allowed answer; reply a number from 1 to 20, or 99 for refused")]
    public void Validate_NumberOutOfRange_NamesTheRange(int value, string reason)
    {
        Assert.Equal(reason, engine.Validate(Answer.OfCode("adults", value)).Reason);
    }

    [Fact]
    public void Validate_TextTooLongOrEmpty_IsRefused()
    {
        Assert.Equal("the answer is 21 characters; at most 20 are allowed", engine.Validate(Answer.OfText("why", new string('x', 21))).Reason);
        Assert.Equal("an answer in words is needed", engine.Validate(Answer.OfText("why", " ")).Reason);
        Assert.True(engine.Validate(Answer.OfText("why", "slow")).IsValid);
    }

    [Fact]
    public void Submit_AnswerForAnotherQuestion_IsRefused()
    {
        var result = engine.Submit(engine.Start(Burglary), Burglary, Answer.OfCode("overall", 1));

        Assert.False(result.Accepted);
        Assert.Equal("the answer is for question 'overall' but the current question is 'agree'", result.Reason);
    }

    [Fact]
    public void Piping_QuestionText_GetsSampleValues()
    {
        var question = engine.Questionnaire.FindQuestion("agree")!;

        Assert.Equal("About the burglary you reported on 3 Mar: can we ask some questions?", Piping.Apply(question.Text, Burglary));
        Assert.Equal("About the burglary of 3 Mar: can we ask? Reply YES or NO", SmsMessage.Compose(question, engine.Questionnaire.ScaleOf(question), Burglary));
    }

    [Fact]
    public void Piping_MissingSampleValue_ThrowsInvalidInput()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Piping.Apply("the {sample.crime_type}", new Dictionary<string, string>()));

        Assert.Contains("crime_type", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resume_StoredStateAfterJsonRoundTrip_ContinuesWhereItStopped()
    {
        var state = Play(engine.Start(Burglary), Burglary, ("agree", 1), ("adults", 3));
        var json = JsonSerializer.Serialize(state);

        var stored = JsonSerializer.Deserialize<InterviewState>(json)!;
        var resumed = engine.Resume(stored, Burglary);

        Assert.Equal("selected", resumed.CurrentQuestionId);
        Assert.Equal(state.Answers, resumed.Answers);
        var finished = Play(resumed, Burglary, ("selected", 1), ("scene_examined", 2), ("overall", 3));
        Assert.Equal(InterviewStatus.Completed, finished.Status);
        Assert.Equal(["agree", "adults", "selected", "scene_examined", "overall"], finished.Answers.Select(a => a.QuestionId));
    }

    [Fact]
    public void Resume_StateOfAnotherVersion_IsRejected()
    {
        var state = engine.Start(Burglary) with { QuestionnaireVersion = "2" };

        var ex = Assert.Throws<InvalidInputException>(() => engine.Resume(state, Burglary));

        Assert.Contains("version 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resume_PositionThatDoesNotFollowFromTheAnswers_IsRejected()
    {
        var state = Play(engine.Start(Burglary), Burglary, ("agree", 1)) with { CurrentQuestionId = "overall" };

        var ex = Assert.Throws<InvalidInputException>(() => engine.Resume(state, Burglary));

        Assert.Contains("lead to 'adults'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stop_KeepsAnswersAndAsksNothingMore()
    {
        var stopped = InterviewEngine.Stop(Play(engine.Start(Burglary), Burglary, ("agree", 1)));

        Assert.Equal(InterviewStatus.Stopped, stopped.Status);
        Assert.Null(engine.Current(stopped));
        Assert.Single(stopped.Answers);
        Assert.False(engine.Submit(stopped, Burglary, Answer.OfCode("adults", 1)).Accepted);
        Assert.Equal(InterviewStatus.Stopped, engine.Resume(stopped, Burglary).Status);
    }

    [Fact]
    public void Walk_RoutingFixture_CoversEveryRouteAndBothSidesOfEveryRelevant()
    {
        var walker = new RouteWalker(engine.Questionnaire);

        walker.WalkAll();

        Assert.Empty(walker.Failures);
        Assert.Equal(engine.Questionnaire.Questions.Select(q => q.Id).Order(StringComparer.Ordinal), walker.Asked.Order(StringComparer.Ordinal));
        Assert.Contains(("agree", 0), walker.RoutesTaken);
        Assert.Contains(("agree", -1), walker.RoutesTaken);
        Assert.Contains(("adults", 0), walker.RoutesTaken);
        Assert.Contains("selected", walker.SkippedByRelevance);
        Assert.Contains("scene_examined", walker.SkippedByRelevance);
        Assert.Contains("why", walker.SkippedByRelevance);
    }

    [Fact]
    public void Submit_UnlintedDefinitionWithCycle_RefusesToAskAQuestionTwice()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.BrokenFolder, "routing-cycle.yaml"));
        var cyclic = new InterviewEngine(QuestionnaireParser.Parse(text, "routing-cycle.yaml").Questionnaire!);
        var sample = new Dictionary<string, string>(StringComparer.Ordinal);
        var state = cyclic.Start(sample);
        state = cyclic.Submit(state, sample, Answer.OfCode("q1", 1)).State;
        state = cyclic.Submit(state, sample, Answer.OfCode("q2", 1)).State;

        var ex = Assert.Throws<InvalidInputException>(() => cyclic.Submit(state, sample, Answer.OfCode("q3", 2)));

        Assert.Contains("routing would ask question 'q1' a second time", ex.Message, StringComparison.Ordinal);
    }

    private InterviewState Play(InterviewState state, Dictionary<string, string> sample, params (string Id, int Code)[] answers)
    {
        foreach (var (id, code) in answers)
        {
            var result = engine.Submit(state, sample, Answer.OfCode(id, code));
            Assert.True(result.Accepted, result.Reason);
            state = result.State;
        }

        return state;
    }
}
