using System.Globalization;

namespace Satisfaction.Core.Questionnaires;

/// <summary>Lint checks on conditions: references, codes on the scale, and whether the condition can ever be true.</summary>
internal static class ConditionChecks
{
    private const long MaxCombinations = 200_000;

    public static void Run(Questionnaire q, ProblemSink sink)
    {
        foreach (var block in q.Blocks)
        {
            if (block.Relevant is { } relevant && block.Questions.Count > 0)
            {
                Check(q, relevant, $"block '{block.Id}' relevant", block.Questions[0].Index, allowSelf: false, sink);
            }

            foreach (var question in block.Questions)
            {
                if (question.Relevant is { } r)
                {
                    Check(q, r, $"question '{question.Id}' relevant", question.Index, allowSelf: false, sink);
                }

                foreach (var route in question.Routes)
                {
                    if (route.When is { } when)
                    {
                        Check(q, when, $"route of question '{question.Id}'", question.Index, allowSelf: true, sink);
                    }
                }
            }
        }
    }

    private static void Check(Questionnaire q, Condition condition, string what, int ownerIndex, bool allowSelf, ProblemSink sink)
    {
        var sound = true;
        foreach (var operand in condition.Root.Operands())
        {
            switch (operand)
            {
                case QuestionOperand qo:
                    var target = q.FindQuestion(qo.Id);
                    if (target is null)
                    {
                        sink.Add(condition.PositionAt(qo.Offset), $"{what} refers to unknown question '{qo.Id}'");
                        sound = false;
                    }
                    else if (target.Index > ownerIndex || (target.Index == ownerIndex && !allowSelf))
                    {
                        sink.Add(condition.PositionAt(qo.Offset), $"{what} refers to question '{qo.Id}', which is not asked before it");
                        sound = false;
                    }

                    break;
                case SampleOperand so when !q.Sample.Any(f => string.Equals(f.Name, so.Key, StringComparison.Ordinal)):
                    sink.Add(condition.PositionAt(so.Offset), $"{what} refers to sample.{so.Key}, which is not declared under 'sample'");
                    sound = false;
                    break;
                default:
                    break;
            }
        }

        sound &= CheckCodes(q, condition, condition.Root, what, sink);
        if (sound && !CanBeTrue(q, condition))
        {
            sink.Add(condition.Position, $"{what} '{condition.Source}' can never be true");
        }
    }

    /// <summary>Reports literal codes compared with a choice question that are not on its scale.</summary>
    private static bool CheckCodes(Questionnaire q, Condition condition, ConditionNode node, string what, ProblemSink sink)
    {
        switch (node)
        {
            case AndNode a:
                return CheckCodes(q, condition, a.Left, what, sink) & CheckCodes(q, condition, a.Right, what, sink);
            case OrNode o:
                return CheckCodes(q, condition, o.Left, what, sink) & CheckCodes(q, condition, o.Right, what, sink);
            case NotNode n:
                return CheckCodes(q, condition, n.Inner, what, sink);
            case ComparisonNode { Operator: ComparisonOperator.Equal } c:
                return CheckLiteral(q, condition, c.Left, c.Right, what, sink) & CheckLiteral(q, condition, c.Right, c.Left, what, sink);
            case InNode { Subject: QuestionOperand qo, Negated: false } i:
                var ok = true;
                foreach (var item in i.Items.Where(it => it.High is null))
                {
                    ok &= CheckValue(q, condition, qo, item.Low, qo.Offset, what, sink);
                }

                return ok;
            default:
                return true;
        }
    }

    private static bool CheckLiteral(Questionnaire q, Condition condition, Operand subject, Operand other, string what, ProblemSink sink) =>
        subject is not QuestionOperand qo || other is not LiteralOperand lit || CheckValue(q, condition, qo, lit.Literal, lit.Offset, what, sink);

    private static bool CheckValue(Questionnaire q, Condition condition, QuestionOperand qo, object literal, int offset, string what, ProblemSink sink)
    {
        if (q.FindQuestion(qo.Id) is not { } question || q.FindScale(question.ScaleId) is not { } scale || scale.Type == ScaleType.Text)
        {
            return true;
        }

        var text = Convert.ToString(literal, CultureInfo.InvariantCulture);
        if (literal is not decimal d || d != decimal.Truncate(d) || d < int.MinValue || d > int.MaxValue || !scale.Accepts((int)d))
        {
            sink.Add(condition.PositionAt(offset), $"{what}: {text} is not a code on scale '{scale.Id}' of question '{qo.Id}', so the comparison can never be true");
            return false;
        }

        return true;
    }

    /// <summary>
    /// Tries every combination of representative values of the condition's variables (each option code or
    /// the range ends and the literals ±1 of a number scale, the declared values of a sample field, and
    /// "unanswered"). Returns true when one makes the condition true, or when there are too many to try.
    /// </summary>
    internal static bool CanBeTrue(Questionnaire q, Condition condition)
    {
        var literals = condition.Root.Literals().ToList();
        var names = new List<string>();
        var domains = new List<object?[]>();
        foreach (var operand in condition.Root.Operands())
        {
            var name = operand switch
            {
                QuestionOperand qo => "q:" + qo.Id,
                SampleOperand so => "s:" + so.Key,
                _ => null,
            };
            if (name is null || names.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            names.Add(name);
            domains.Add(operand is QuestionOperand question ? QuestionDomain(q, question.Id, literals) : SampleDomain(q, ((SampleOperand)operand).Key, literals));
        }

        long combinations = 1;
        foreach (var domain in domains)
        {
            combinations *= domain.Length;
            if (combinations > MaxCombinations)
            {
                return true;
            }
        }

        var values = new object?[names.Count];
        var lookup = new ConditionLookup(
            id => values[names.IndexOf("q:" + id)],
            key => values[names.IndexOf("s:" + key)]);
        return Search(0);

        bool Search(int depth)
        {
            if (depth == names.Count)
            {
                return condition.Root.Evaluate(lookup);
            }

            foreach (var value in domains[depth])
            {
                values[depth] = value;
                if (Search(depth + 1))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static object?[] QuestionDomain(Questionnaire q, string id, List<object> literals)
    {
        var scale = q.FindQuestion(id) is { } question ? q.FindScale(question.ScaleId) : null;
        var domain = new List<object?> { null };
        switch (scale?.Type)
        {
            case ScaleType.Choice:
                domain.AddRange(scale.Options.Select(o => (object)(decimal)o.Code));
                break;
            case ScaleType.Number:
                domain.AddRange(scale.Options.Select(o => (object)(decimal)o.Code));
                domain.Add((decimal)(scale.Min ?? 0));
                domain.Add((decimal)(scale.Max ?? 0));
                foreach (var n in literals.OfType<decimal>())
                {
                    domain.AddRange(new[] { n - 1, n, n + 1 }.Where(x => x >= scale.Min && x <= scale.Max).Select(x => (object)x));
                }

                break;
            default:
                domain.AddRange(literals.Select(l => (object)Convert.ToString(l, CultureInfo.InvariantCulture)!));
                domain.Add("\u0001other");
                break;
        }

        return [.. domain.Distinct()];
    }

    private static object?[] SampleDomain(Questionnaire q, string key, List<object> literals)
    {
        var field = q.Sample.FirstOrDefault(f => string.Equals(f.Name, key, StringComparison.Ordinal));
        if (field is { Values.Count: > 0 })
        {
            return [.. field.Values];
        }

        var domain = new List<object?> { null, "\u0001other" };
        foreach (var literal in literals)
        {
            domain.Add(Convert.ToString(literal, CultureInfo.InvariantCulture));
            if (literal is decimal d)
            {
                domain.Add((d - 1).ToString(CultureInfo.InvariantCulture));
                domain.Add((d + 1).ToString(CultureInfo.InvariantCulture));
            }
        }

        return [.. domain.Distinct()];
    }
}
