using System.Text.RegularExpressions;

namespace Satisfaction.Core.Questionnaires;

/// <summary>
/// Checks a questionnaire definition and reports every problem with file, line, column and reason:
/// YAML syntax, unknown or missing keys, duplicate ids, unknown scales, routes to unknown questions,
/// conditions that refer to unknown or later questions or can never be true, routing cycles, measures
/// whose codes are not on their scale, and SMS texts longer than one part after piping.
/// </summary>
public static partial class QuestionnaireLinter
{
    /// <summary>Parses and checks a definition.</summary>
    /// <param name="text">YAML text.</param>
    /// <param name="fileName">File name for messages.</param>
    /// <returns>Problems sorted by line and column; empty when the definition is clean.</returns>
    public static IReadOnlyList<QuestionnaireProblem> Lint(string text, string fileName)
    {
        var parsed = QuestionnaireParser.Parse(text, fileName);
        var problems = new List<QuestionnaireProblem>(parsed.Problems);
        if (parsed.Questionnaire is { } questionnaire)
        {
            problems.AddRange(Check(questionnaire));
        }

        return [.. problems.Distinct().OrderBy(p => p.Line).ThenBy(p => p.Column)];
    }

    /// <summary>Runs the semantic checks on an already parsed definition.</summary>
    public static IReadOnlyList<QuestionnaireProblem> Check(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var sink = new ProblemSink(questionnaire.FileName);
        CheckIds(questionnaire, sink);
        CheckScales(questionnaire, sink);
        ConditionChecks.Run(questionnaire, sink);
        RoutingChecks.Run(questionnaire, sink);
        MeasureChecks.Run(questionnaire, sink);
        SmsChecks.Run(questionnaire, sink);
        return sink.Problems;
    }

    /// <summary>Loads a definition that must be clean; throws <see cref="InvalidInputException"/> listing the problems otherwise.</summary>
    public static Questionnaire LoadClean(string text, string fileName)
    {
        var problems = Lint(text, fileName);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(string.Join(Environment.NewLine, problems.Select(p => p.ToString())));
        }

        return QuestionnaireParser.Parse(text, fileName).Questionnaire!;
    }

    private static void CheckIds(Questionnaire q, ProblemSink sink)
    {
        Duplicates(q.Blocks.Select(b => (b.Id, b.Position)), "block", sink);
        Duplicates(q.Questions.Select(x => (x.Id, x.Position)), "question", sink);
        Duplicates(q.Scales.Select(s => (s.Id, s.Position)), "scale", sink);
        Duplicates(q.Measures.Select(m => (m.Id, m.Position)), "measure", sink);
        foreach (var question in q.Questions)
        {
            if (question.Id.Length == 0)
            {
                continue;
            }

            if (!IdPattern().IsMatch(question.Id))
            {
                sink.Add(question.Position, $"question id '{question.Id}' must be a letter or _ followed by letters, digits or _");
            }
            else if (ConditionParser.ReservedWords.Contains(question.Id) || string.Equals(question.Id, Route.EndTarget, StringComparison.Ordinal)
                || string.Equals(question.Id, "sample", StringComparison.Ordinal))
            {
                sink.Add(question.Position, $"question id '{question.Id}' is a reserved word");
            }
        }
    }

    private static void Duplicates(IEnumerable<(string Id, SourcePosition Position)> items, string kind, ProblemSink sink)
    {
        var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var (id, position) in items)
        {
            if (id.Length == 0)
            {
                continue;
            }

            if (seen.TryGetValue(id, out var first))
            {
                sink.Add(position, $"duplicate {kind} id '{id}' (first defined at line {first.Line})");
            }
            else
            {
                seen.Add(id, position);
            }
        }
    }

    private static void CheckScales(Questionnaire q, ProblemSink sink)
    {
        foreach (var scale in q.Scales)
        {
            var seen = new HashSet<int>();
            foreach (var option in scale.Options)
            {
                if (option.Code != int.MinValue && !seen.Add(option.Code))
                {
                    sink.Add(option.Position, $"scale '{scale.Id}' has code {option.Code} twice");
                }

                if (scale.Type == ScaleType.Number && option.Code >= scale.Min && option.Code <= scale.Max)
                {
                    sink.Add(option.Position, $"scale '{scale.Id}': special code {option.Code} lies inside the number range {scale.Min}..{scale.Max}");
                }
            }
        }

        foreach (var question in q.Questions)
        {
            if (question.ScaleId.Length > 0 && q.FindScale(question.ScaleId) is null)
            {
                sink.Add(question.ScalePosition ?? question.Position, $"question '{question.Id}' uses unknown scale '{question.ScaleId}'; declared scales: {string.Join(", ", q.Scales.Select(s => s.Id))}");
            }
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
