using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Core.Tests.Questionnaires;

public sealed class ConditionTests
{
    private static readonly Dictionary<string, Answer> Answers = new(StringComparer.Ordinal)
    {
        ["q1"] = Answer.OfCode("q1", 1),
        ["q2"] = Answer.OfCode("q2", 5),
        ["why"] = Answer.OfText("why", "slow"),
    };

    private static readonly Dictionary<string, string> Sample = new(StringComparer.Ordinal)
    {
        ["user_group"] = "burglary",
        ["age"] = "34",
    };

    [Theory]
    [InlineData("q1 == 1", true)]
    [InlineData("q1 != 1", false)]
    [InlineData("q2 in [1, 2]", false)]
    [InlineData("q2 in [1..3, 5]", true)]
    [InlineData("q2 not in [5]", false)]
    [InlineData("q2 >= 5 and q2 < 6", true)]
    [InlineData("q1 == 2 or q2 == 5", true)]
    [InlineData("not q1 == 2", true)]
    [InlineData("not (q1 == 1 or q2 == 1)", false)]
    [InlineData("sample.user_group == 'burglary'", true)]
    [InlineData("sample.user_group == \"vehicle\"", false)]
    [InlineData("sample.user_group in ['hate', 'burglary']", true)]
    [InlineData("sample.age > 17", true)]
    [InlineData("answered(q1) and not answered(q9)", true)]
    [InlineData("q9 == 1", false)]
    [InlineData("q9 != 1", false)]
    [InlineData("not (q9 == 1)", true)]
    [InlineData("why == 'slow'", true)]
    [InlineData("why == 1", false)]
    [InlineData("true and not false", true)]
    [InlineData("q1==1 and(q2>4)", true)]
    public void Evaluate_Condition_GivesExpectedTruth(string source, bool expected)
    {
        var condition = Condition.Parse(source, SourcePosition.Start);

        Assert.Equal(expected, condition.Evaluate(Answers, Sample));
    }

    [Theory]
    [InlineData("q1 = 1", 3, "expected a comparison")]
    [InlineData("q1 == ", 6, "the condition ends too early")]
    [InlineData("(q1 == 1", 8, "expected ')' at the end")]
    [InlineData("q1 == 'x", 6, "unterminated quoted text")]
    [InlineData("q1 in [1..'a']", 10, "expected a number after '..'")]
    [InlineData("q1 == and", 6, "'and' is a keyword, not a value")]
    [InlineData("answered(sample.x)", 9, "answered( ) takes a question id")]
    [InlineData("q1 == 1 q2", 8, "unexpected 'q2'")]
    [InlineData("system('rm')", 6, "expected a comparison")]
    public void TryParse_Malformed_GivesReasonAndOffset(string source, int offset, string reason)
    {
        Assert.False(Condition.TryParse(source, SourcePosition.Start, out _, out var error, out var at));
        Assert.Equal(offset, at);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Malformed_ThrowsInvalidInputWithFileLineAndColumn()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Condition.Parse("q1 = 1", new SourcePosition(12, 20), "a.yaml"));

        Assert.StartsWith("a.yaml:12:23: expected a comparison", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void References_ListQuestionsAndSampleKeysOnce()
    {
        var condition = Condition.Parse("q1 == 1 and (q2 in [1] or q1 == 2) and sample.user_group == 'asb' and answered(q3)", SourcePosition.Start);

        Assert.Equal(["q1", "q2", "q3"], condition.QuestionReferences);
        Assert.Equal(["user_group"], condition.SampleReferences);
    }

    [Fact]
    public void CodeLabels_ComparedCodes_AreNamedFromTheScale()
    {
        var questionnaire = TestFiles.LoadShipped("uss-burglary.yaml");
        var condition = Condition.Parse("whole_experience in [5, 6] or recall != 1 or whole_experience == 12 or sample.user_group == 'x'", SourcePosition.Start);

        Assert.Equal(
            ["whole_experience: 5 = Fairly dissatisfied, 6 = Very dissatisfied", "recall: 1 = Yes"],
            condition.CodeLabels(questionnaire));
    }
}
