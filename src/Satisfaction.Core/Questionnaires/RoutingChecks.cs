namespace Satisfaction.Core.Questionnaires;

/// <summary>Lint checks on routes: unknown targets, backward jumps and cycles, unreachable questions.</summary>
internal static class RoutingChecks
{
    public static void Run(Questionnaire q, ProblemSink sink)
    {
        var questions = q.Questions;
        var sound = true;
        foreach (var question in questions)
        {
            foreach (var route in question.Routes)
            {
                if (route.EndsInterview || route.Target.Length == 0)
                {
                    continue;
                }

                if (q.FindQuestion(route.Target) is not { } target)
                {
                    sink.Add(route.Position, $"question '{question.Id}' routes to unknown question '{route.Target}'");
                    sound = false;
                }
                else if (target.Index <= question.Index)
                {
                    sound = false;
                    var cycle = FindPath(q, target, question);
                    sink.Add(route.Position, cycle is null
                        ? $"question '{question.Id}' routes back to earlier question '{target.Id}'; routes must go forward"
                        : $"routing cycle: {string.Join(" -> ", cycle.Select(c => c.Id))} -> {target.Id}");
                }
            }

            if (question.Routes.Count > 0 && question.Routes.Take(question.Routes.Count - 1).Any(r => r.When is null))
            {
                sink.Add(question.Position, $"question '{question.Id}' has routes after its unconditional goto; they are never taken");
            }
        }

        if (sound)
        {
            var reachable = Reachable(q);
            foreach (var question in questions.Where(x => !reachable.Contains(x.Index)))
            {
                sink.Add(question.Position, $"question '{question.Id}' can never be asked: every route jumps past it");
            }
        }
    }

    /// <summary>Successors of a question in the routing graph, ignoring conditions.</summary>
    private static IEnumerable<Question> Successors(Questionnaire q, Question question)
    {
        foreach (var route in question.Routes)
        {
            if (!route.EndsInterview && q.FindQuestion(route.Target) is { } target)
            {
                yield return target;
            }
        }

        var unconditional = question.Routes.Any(r => r.When is null);
        if (!unconditional && question.Index + 1 < q.Questions.Count)
        {
            yield return q.Questions[question.Index + 1];
        }
    }

    /// <summary>A path from <paramref name="from"/> to <paramref name="to"/> following routes and fall-through, or null.</summary>
    private static List<Question>? FindPath(Questionnaire q, Question from, Question to)
    {
        var previous = new Dictionary<int, Question?> { [from.Index] = null };
        var queue = new Queue<Question>([from]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current.Index == to.Index)
            {
                var path = new List<Question>();
                for (Question? step = current; step is not null; step = previous[step.Index])
                {
                    path.Add(step);
                }

                path.Reverse();
                return path;
            }

            foreach (var next in Successors(q, current))
            {
                if (previous.TryAdd(next.Index, current))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    private static HashSet<int> Reachable(Questionnaire q)
    {
        var seen = new HashSet<int>();
        if (q.Questions.Count == 0)
        {
            return seen;
        }

        var stack = new Stack<Question>([q.Questions[0]]);
        seen.Add(0);
        while (stack.Count > 0)
        {
            foreach (var next in Successors(q, stack.Pop()))
            {
                if (seen.Add(next.Index))
                {
                    stack.Push(next);
                }
            }
        }

        return seen;
    }
}
