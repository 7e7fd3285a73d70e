using System.Globalization;
using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Core.Tests.Questionnaires;

/// <summary>
/// Walks every routing path of a questionnaire: every candidate answer at every question (all option codes;
/// number range ends, special codes and the numbers conditions mention ±1; a text), for every combination of
/// the declared values of the sample fields that conditions use. Paths that reach the same question with the
/// same answers to every question a later condition still reads are the same from there on, so they are
/// walked once. Records which questions were asked, skipped by a relevant condition, and which routes fired.
/// </summary>
internal sealed class RouteWalker
{
    private readonly Questionnaire questionnaire;
    private readonly InterviewEngine engine;
    private readonly Dictionary<string, int> lastReader = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Answer>> candidates = new(StringComparer.Ordinal);
    private readonly HashSet<string> visited = new(StringComparer.Ordinal);

    public RouteWalker(Questionnaire questionnaire)
    {
        this.questionnaire = questionnaire;
        engine = new InterviewEngine(questionnaire);
        var literals = new List<decimal>();
        foreach (var (condition, ownerIndex) in Conditions())
        {
            foreach (var id in condition.QuestionReferences)
            {
                lastReader[id] = Math.Max(lastReader.GetValueOrDefault(id, -1), ownerIndex);
            }

            literals.AddRange(NumbersIn(condition.Source));
        }

        foreach (var q in questionnaire.Questions)
        {
            candidates[q.Id] = Candidates(q, questionnaire.ScaleOf(q), literals);
        }
    }

    public HashSet<string> Asked { get; } = new(StringComparer.Ordinal);

    public HashSet<string> SkippedByRelevance { get; } = new(StringComparer.Ordinal);

    /// <summary>(question id, route index) pairs that fired; index -1 is "no route, fall through".</summary>
    public HashSet<(string Question, int Route)> RoutesTaken { get; } = [];

    public int CompletedPaths { get; private set; }

    /// <summary>Distinct (sample, question, live answers) states walked.</summary>
    public int States => visited.Count;

    public List<string> Failures { get; } = [];

    public IEnumerable<Dictionary<string, string>> SampleVariants()
    {
        IEnumerable<Dictionary<string, string>> variants = [new Dictionary<string, string>(StringComparer.Ordinal)];
        foreach (var field in questionnaire.Sample)
        {
            IReadOnlyList<string> values = field.Values.Count > 0 ? field.Values : [field.Longest ?? "x"];
            variants = variants.SelectMany(v => values.Select(value => new Dictionary<string, string>(v, StringComparer.Ordinal) { [field.Name] = value })).ToList();
        }

        return variants;
    }

    public void WalkAll()
    {
        foreach (var sample in SampleVariants())
        {
            var state = engine.Start(sample);
            Note(null, state, new Dictionary<string, Answer>(StringComparer.Ordinal), sample);
            Walk(state, sample, 0);
        }
    }

    private void Walk(InterviewState state, Dictionary<string, string> sample, int depth)
    {
        if (engine.Current(state) is not { } question)
        {
            CompletedPaths++;
            return;
        }

        if (depth > questionnaire.Questions.Count)
        {
            Failures.Add($"path longer than the questionnaire at {question.Id}");
            return;
        }

        if (state.Answers.Any(a => a.QuestionId == question.Id))
        {
            Failures.Add($"question {question.Id} asked twice");
            return;
        }

        if (!visited.Add(Key(state, question, sample)))
        {
            return;
        }

        Asked.Add(question.Id);
        foreach (var answer in candidates[question.Id])
        {
            AnswerResult result;
            try
            {
                result = engine.Submit(state, sample, answer);
            }
            catch (InvalidInputException e)
            {
                Failures.Add(e.Message);
                continue;
            }

            if (!result.Accepted)
            {
                Failures.Add($"{question.Id}: candidate answer refused: {result.Reason}");
                continue;
            }

            var answers = result.State.AnswersById();
            var fired = question.Routes.ToList().FindIndex(r => r.When is null || r.When.Evaluate(answers, sample));
            RoutesTaken.Add((question.Id, fired));
            Note(question, result.State, answers, sample);
            Walk(result.State, sample, depth + 1);
        }
    }

    /// <summary>Records the questions passed over between the answered question (or its route target) and the next one.</summary>
    private void Note(Question? from, InterviewState next, IReadOnlyDictionary<string, Answer> answers, Dictionary<string, string> sample)
    {
        var start = 0;
        if (from is not null)
        {
            var route = from.Routes.FirstOrDefault(r => r.When is null || r.When.Evaluate(answers, sample));
            start = route is null ? from.Index + 1 : route.EndsInterview ? int.MaxValue : questionnaire.FindQuestion(route.Target)!.Index;
        }

        var end = next.CurrentQuestionId is { } id ? questionnaire.FindQuestion(id)!.Index : questionnaire.Questions.Count;
        for (var i = start; i < end; i++)
        {
            SkippedByRelevance.Add(questionnaire.Questions[i].Id);
        }
    }

    private string Key(InterviewState state, Question current, Dictionary<string, string> sample)
    {
        var live = state.Answers.Where(a => lastReader.GetValueOrDefault(a.QuestionId, -1) >= current.Index)
            .Select(a => $"{a.QuestionId}={a.Code}{a.Text}");
        return $"{string.Join(";", sample.Select(kv => kv.Value))}|{current.Id}|{string.Join(";", live)}";
    }

    private IEnumerable<(Condition Condition, int OwnerIndex)> Conditions()
    {
        foreach (var block in questionnaire.Blocks)
        {
            if (block.Relevant is { } br)
            {
                yield return (br, block.Questions[^1].Index);
            }

            foreach (var q in block.Questions)
            {
                if (q.Relevant is { } r)
                {
                    yield return (r, q.Index);
                }

                foreach (var route in q.Routes.Where(x => x.When is not null))
                {
                    yield return (route.When!, q.Index);
                }
            }
        }
    }

    private static List<Answer> Candidates(Question q, AnswerScale scale, List<decimal> literals)
    {
        switch (scale.Type)
        {
            case ScaleType.Text:
                return [Answer.OfText(q.Id, "a comment"[..Math.Min(9, scale.MaxLength ?? 9)])];
            case ScaleType.Number:
                var numbers = new SortedSet<int> { scale.Min!.Value, scale.Max!.Value };
                foreach (var n in literals.Select(l => (int)l))
                {
                    foreach (var x in new[] { n - 1, n, n + 1 })
                    {
                        if (scale.Accepts(x))
                        {
                            numbers.Add(x);
                        }
                    }
                }

                numbers.UnionWith(scale.Options.Select(o => o.Code));
                return [.. numbers.Select(n => Answer.OfCode(q.Id, n))];
            default:
                return [.. scale.Options.Select(o => Answer.OfCode(q.Id, o.Code))];
        }
    }

    private static IEnumerable<decimal> NumbersIn(string source) =>
        source.Split([' ', '[', ']', ',', '(', ')', '='], StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(t => t.Split(".."))
            .Where(t => decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            .Select(t => decimal.Parse(t, CultureInfo.InvariantCulture));
}
