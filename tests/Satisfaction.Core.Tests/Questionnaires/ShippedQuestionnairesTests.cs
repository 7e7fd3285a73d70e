using Satisfaction.Core.Questionnaires;
using Xunit.Abstractions;

namespace Satisfaction.Core.Tests.Questionnaires;

public sealed class ShippedQuestionnairesTests(ITestOutputHelper output)
{
    private static readonly string[] CoreMeasures = ["ease_of_contact", "police_actions", "follow_up", "treatment", "whole_experience"];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var name in TestFiles.ShippedNames())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Folder_HoldsEveryShippedQuestionnaire()
    {
        Assert.Equal(
            ["asb.yaml", "qa-ringback.yaml", "rdd-confidence.yaml", "sms-victim.yaml", "uss-burglary.yaml", "uss-hate.yaml", "uss-vehicle.yaml", "uss-violent.yaml"],
            TestFiles.ShippedNames());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Lint_ShippedFile_IsClean(string name)
    {
        var problems = QuestionnaireLinter.Lint(File.ReadAllText(Path.Combine(TestFiles.ShippedFolder, name)), name);

        Assert.Empty(problems.Select(p => p.ToString()));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Id_MatchesFileName(string name)
    {
        var questionnaire = TestFiles.LoadShipped(name);

        Assert.Equal(Path.GetFileNameWithoutExtension(name), questionnaire.Id);
        Assert.False(string.IsNullOrWhiteSpace(questionnaire.Notes));
        Assert.Contains("service's own", questionnaire.Notes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uss-burglary.yaml")]
    [InlineData("uss-vehicle.yaml")]
    [InlineData("uss-violent.yaml")]
    [InlineData("uss-hate.yaml")]
    [InlineData("asb.yaml")]
    [InlineData("sms-victim.yaml")]
    public void Measures_VictimSurvey_HasTheFiveCoreMeasuresScoredOneToThreeOfSeven(string name)
    {
        var questionnaire = TestFiles.LoadShipped(name);

        Assert.Equal(CoreMeasures, questionnaire.Measures.Select(m => m.Id));
        foreach (var measure in questionnaire.Measures)
        {
            Assert.Equal([1, 2, 3], measure.Satisfied);
            Assert.Equal([1, 2, 3, 4, 5, 6, 7], measure.Valid);
        }
    }

    [Theory]
    [InlineData("uss-burglary.yaml")]
    [InlineData("uss-vehicle.yaml")]
    [InlineData("uss-violent.yaml")]
    [InlineData("uss-hate.yaml")]
    [InlineData("asb.yaml")]
    public void CoreQuestions_TelephoneSurvey_EachPrecededByDiagnosticsAndFollowedByDemographics(string name)
    {
        var questionnaire = TestFiles.LoadShipped(name);

        foreach (var id in CoreMeasures)
        {
            var core = questionnaire.FindQuestion(id)!;
            var block = questionnaire.FindBlock(core.BlockId)!;
            if (id != "whole_experience")
            {
                Assert.True(block.Questions.Count >= 2, $"{id} has no diagnostic questions before it");
                Assert.Same(core, block.Questions[^1]);
            }
        }

        Assert.Equal("demographics", questionnaire.Blocks[^1].Id);
        Assert.Equal(["age_band", "sex", "ethnicity", "disability", "disability_limits"], questionnaire.Blocks[^1].Questions.Select(q => q.Id));
    }

    [Fact]
    public void RddConfidence_ScreensSelectsAndAsksConfidenceOnTheAgreeScale()
    {
        var questionnaire = TestFiles.LoadShipped("rdd-confidence.yaml");

        var confidence = questionnaire.FindQuestion("confidence")!;
        Assert.Contains("I have confidence in the police in this area", confidence.Text, StringComparison.Ordinal);
        Assert.Equal("agree5", confidence.ScaleId);
        Assert.Equal(5, questionnaire.ScaleOf(confidence).Options.Count(o => !o.Missing));
        Assert.Contains("next birthday", questionnaire.FindQuestion("selection")!.Text, StringComparison.Ordinal);
        Assert.Equal("screening", questionnaire.Blocks[0].Id);
        Assert.NotNull(questionnaire.FindQuestion("local_job"));
    }

    [Fact]
    public void SmsVictim_EveryQuestionHasAnSmsTextThatFitsOnePart()
    {
        var questionnaire = TestFiles.LoadShipped("sms-victim.yaml");
        var longest = questionnaire.Sample.ToDictionary(f => f.Name, f => f.Longest ?? f.Values.MaxBy(v => v.Length)!, StringComparer.Ordinal);

        Assert.InRange(questionnaire.Questions.Count, 5, 8);
        foreach (var question in questionnaire.Questions)
        {
            var message = SmsMessage.Compose(question, questionnaire.ScaleOf(question), longest);
            var size = SmsText.Measure(message);
            Assert.Equal(SmsEncoding.Gsm7, size.Encoding);
            Assert.True(size.FitsOnePart, $"{question.Id}: {size.Units} units");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Walk_AllRoutingPaths_TerminateReachEveryQuestionAndTakeEveryBranch(string name)
    {
        var questionnaire = TestFiles.LoadShipped(name);
        var walker = new RouteWalker(questionnaire);

        walker.WalkAll();
        output.WriteLine($"{name}: {questionnaire.Questions.Count} questions, {walker.States} distinct states, {walker.CompletedPaths} completed path ends, {walker.RoutesTaken.Count} route outcomes");

        Assert.Empty(walker.Failures);
        Assert.True(walker.CompletedPaths > 0);
        var neverAsked = questionnaire.Questions.Select(q => q.Id).Except(walker.Asked).ToList();
        Assert.True(neverAsked.Count == 0, $"never asked: {string.Join(", ", neverAsked)}");
        foreach (var question in questionnaire.Questions)
        {
            for (var i = 0; i < question.Routes.Count; i++)
            {
                Assert.True(walker.RoutesTaken.Contains((question.Id, i)), $"route {i} of {question.Id} never taken");
            }

            if (question.Routes.Count > 0 && question.Routes.All(r => r.When is not null))
            {
                Assert.True(walker.RoutesTaken.Contains((question.Id, -1)), $"{question.Id} never falls through its routes");
            }

            var conditional = question.Relevant is not null || questionnaire.FindBlock(question.BlockId)!.Relevant is not null;
            if (conditional)
            {
                Assert.True(walker.SkippedByRelevance.Contains(question.Id), $"{question.Id} is never skipped although it has a relevant condition");
            }
        }
    }
}
