using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Core.Tests.Questionnaires;

public sealed class QuestionnaireLinterTests
{
    [Fact]
    public void Lint_CleanBase_HasNoProblems()
    {
        Assert.Empty(TestFiles.LintBroken("clean.yaml"));
    }

    [Theory]
    [InlineData("yaml-syntax.yaml", 24, 15, "YAML syntax error")]
    [InlineData("unknown-goto.yaml", 23, 15, "question 'q1' routes to unknown question 'q9'")]
    [InlineData("relevant-unknown-question.yaml", 26, 20, "question 'q2' relevant refers to unknown question 'q7'")]
    [InlineData("relevant-later-question.yaml", 26, 20, "question 'q2' relevant refers to question 'q3', which is not asked before it")]
    [InlineData("never-true-code.yaml", 26, 26, "3 is not a code on scale 'yesno' of question 'q1', so the comparison can never be true")]
    [InlineData("never-true-contradiction.yaml", 29, 20, "question 'q3' relevant 'q1 == 1 and q1 == 2' can never be true")]
    [InlineData("routing-cycle.yaml", 31, 19, "routing cycle: q1 -> q2 -> q3 -> q1")]
    [InlineData("measure-satisfied-off-scale.yaml", 33, 16, "measure 'm1': satisfied code(s) 3 not on scale 'yesno' of question 'q3'")]
    [InlineData("measure-valid-off-scale.yaml", 34, 12, "measure 'm1': valid code(s) 3, 4, 5, 6, 7 not on scale 'yesno' of question 'q3'")]
    [InlineData("sms-too-long-gsm7.yaml", 22, 14, "SMS for question 'q1' is 164 GSM-7 characters")]
    [InlineData("sms-too-long-ucs2.yaml", 22, 14, "SMS for question 'q1' is 87 UCS-2 characters")]
    [InlineData("duplicate-id.yaml", 29, 9, "duplicate question id 'q1' (first defined at line 20)")]
    [InlineData("unknown-scale.yaml", 28, 16, "question 'q3' uses unknown scale 'agree5'")]
    [InlineData("unknown-sample.yaml", 24, 15, "question 'q2' text pipes in sample.report_date, which is not declared under 'sample'")]
    public void Lint_BrokenFile_ReportsOneProblemWithFileLineColumnAndReason(string file, int line, int column, string reason)
    {
        var problems = TestFiles.LintBroken(file);

        var problem = Assert.Single(problems);
        Assert.Equal(file, problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Equal(column, problem.Column);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_UnknownKey_ReportsTheKeyAndTheMissingText()
    {
        var problems = TestFiles.LintBroken("unknown-key.yaml");

        Assert.Equal(
            ["unknown-key.yaml:26:9: question 'q3' has no 'text'", "unknown-key.yaml:27:9: unknown key 'txt' in question 'q3'; allowed: id, text, sms, note, scale, relevant, routes, goto"],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Lint_SmsJustFitsWithExtensionCharacters_IsClean()
    {
        // 158 basic characters plus one '€' (2 septets) = 160: exactly one part.
        var sms = new string('a', 158 - " Reply YES or NO".Length) + "€";
        var text = File.ReadAllText(Path.Combine(TestFiles.BrokenFolder, "clean.yaml"))
            .Replace("        text: \"First?\"\n", $"        text: \"First?\"\n        sms: \"{sms}\"\n", StringComparison.Ordinal);

        Assert.Empty(QuestionnaireLinter.Lint(text, "fits.yaml"));
        Assert.Single(QuestionnaireLinter.Lint(text.Replace("€", "€a", StringComparison.Ordinal), "over.yaml"));
    }

    [Fact]
    public void Lint_ConditionOnSampleValueNotDeclared_IsNeverTrue()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.BrokenFolder, "clean.yaml"))
            .Replace("  crime_type: { longest: \"theft from a vehicle\" }\n", "  crime_type: { longest: \"theft from a vehicle\" }\n  user_group: { values: [burglary, asb] }\n", StringComparison.Ordinal)
            .Replace("        text: \"Second?\"\n", "        text: \"Second?\"\n        relevant: \"sample.user_group == 'hate'\"\n", StringComparison.Ordinal);

        var problem = Assert.Single(QuestionnaireLinter.Lint(text, "x.yaml"));

        Assert.Contains("can never be true", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(26, problem.Line);
    }

    [Fact]
    public void Lint_MalformedCondition_ReportsColumnOfTheError()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.BrokenFolder, "clean.yaml"))
            .Replace("        text: \"Second?\"\n", "        text: \"Second?\"\n        relevant: \"q1 == 1 and\"\n", StringComparison.Ordinal);

        var problem = Assert.Single(QuestionnaireLinter.Lint(text, "x.yaml"));

        Assert.Equal((25, 31), (problem.Line, problem.Column));
        Assert.Contains("the condition ends too early", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_BackwardGotoWithoutCycle_IsReported()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.BrokenFolder, "clean.yaml"))
            .Replace("        text: \"First?\"\n        scale: yesno\n", "        text: \"First?\"\n        scale: yesno\n        routes:\n          - if: \"q1 == 2\"\n            goto: q3\n", StringComparison.Ordinal)
            .Replace("        text: \"Second?\"\n        scale: yesno\n", "        text: \"Second?\"\n        scale: yesno\n        goto: end\n", StringComparison.Ordinal)
            .Replace("        text: \"Third?\"\n        scale: yesno\n", "        text: \"Third?\"\n        scale: yesno\n        routes:\n          - if: \"q3 == 1\"\n            goto: q2\n", StringComparison.Ordinal);

        var problems = QuestionnaireLinter.Lint(text, "x.yaml");

        var problem = Assert.Single(problems);
        Assert.Contains("question 'q3' routes back to earlier question 'q2'; routes must go forward", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_QuestionEveryRouteJumpsPast_IsUnreachable()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.BrokenFolder, "clean.yaml"))
            .Replace("        text: \"First?\"\n        scale: yesno\n", "        text: \"First?\"\n        scale: yesno\n        goto: q3\n", StringComparison.Ordinal);

        var problem = Assert.Single(QuestionnaireLinter.Lint(text, "x.yaml"));

        Assert.Equal("x.yaml:24:9: question 'q2' can never be asked: every route jumps past it", problem.ToString());
    }

    [Theory]
    [InlineData("{{ code: 8,", "{{ code: 1,", 15, "scale 'yesno' has code 1 twice")]
    [InlineData("        text: \"Second?\"\n", "        text: \"Second? {{crime_type}}\"\n", 24, "has '{{crime_type}}', which is not a placeholder of the form {{sample.KEY}}")]
    [InlineData("      - id: q2\n", "      - id: end\n", 23, "question id 'end' is a reserved word")]
    [InlineData("  - id: main\n", "  - id: yesno\n    title: Dup\n    questions:\n      - id: q0\n        text: \"Zero?\"\n        scale: yesno\n  - id: yesno\n", 23, "duplicate block id 'yesno'")]
    public void Lint_OtherDefects_AreReportedAtTheirLine(string find, string replace, int line, string reason)
    {
        var clean = File.ReadAllText(Path.Combine(TestFiles.BrokenFolder, "clean.yaml"));
        var text = clean.Replace(find.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal), replace.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal), StringComparison.Ordinal);

        var problems = QuestionnaireLinter.Lint(text, "x.yaml");

        Assert.NotEqual(clean, text);
        var problem = Assert.Single(problems);
        Assert.Equal(line, problem.Line);
        Assert.Contains(reason.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal), problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_MeasureOnTextQuestionAndSpecialCodeInsideNumberRange_AreReported()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.BrokenFolder, "clean.yaml"))
            .Replace("scales:\n", "scales:\n  - id: note\n    type: text\n  - id: count\n    type: number\n    min: 0\n    max: 100\n    options:\n      - { code: 99, label: \"Refused\", missing: true }\n", StringComparison.Ordinal)
            .Replace("        text: \"Third?\"\n        scale: yesno\n", "        text: \"Third?\"\n        scale: note\n", StringComparison.Ordinal)
            .Replace("        text: \"Second?\"\n        scale: yesno\n", "        text: \"Second?\"\n        scale: count\n", StringComparison.Ordinal);

        var problems = QuestionnaireLinter.Lint(text, "x.yaml").Select(p => p.ToString()).ToList();

        Assert.Equal(
            [
                "x.yaml:16:9: scale 'count': special code 99 lies inside the number range 0..100",
                "x.yaml:40:15: measure 'm1' names question 'q3', whose scale 'note' is not a choice scale",
            ],
            problems);
    }

    [Fact]
    public void LoadClean_BrokenFile_ThrowsInvalidInputWithEveryProblem()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.BrokenFolder, "unknown-key.yaml"));

        var ex = Assert.Throws<InvalidInputException>(() => QuestionnaireLinter.LoadClean(text, "unknown-key.yaml"));

        Assert.Contains("unknown-key.yaml:27:9: unknown key 'txt'", ex.Message, StringComparison.Ordinal);
    }
}
