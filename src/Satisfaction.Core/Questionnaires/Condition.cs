namespace Satisfaction.Core.Questionnaires;

/// <summary>
/// A parsed condition (<c>relevant</c> or a route's <c>if</c>) over earlier answers and sample values, e.g.
/// <c>q1 == 1</c>, <c>q2 in [1, 2]</c>, <c>sample.user_group == 'burglary' and not answered(q3)</c>.
/// </summary>
/// <remarks>
/// Semantics: a comparison or <c>in</c> with an unanswered question (or absent sample value) is false, so
/// <c>not (q1 == 1)</c> is true when q1 was not asked. Numbers compare as numbers (sample texts that read
/// as numbers too); a number never equals a text. Conditions cannot call functions other than
/// <c>answered</c>, so evaluating one is safe and always terminates.
/// </remarks>
public sealed class Condition
{
    private Condition(string source, SourcePosition position, ConditionNode root)
    {
        Source = source;
        Position = position;
        Root = root;
    }

    /// <summary>The condition as written.</summary>
    public string Source { get; }

    /// <summary>Where the condition starts in its file.</summary>
    public SourcePosition Position { get; }

    /// <summary>Ids of the questions the condition refers to, in order of appearance, without repeats.</summary>
    public IReadOnlyList<string> QuestionReferences =>
        [.. Root.Operands().OfType<QuestionOperand>().Select(q => q.Id).Distinct(StringComparer.Ordinal)];

    /// <summary>Sample keys the condition refers to, without repeats.</summary>
    public IReadOnlyList<string> SampleReferences =>
        [.. Root.Operands().OfType<SampleOperand>().Select(s => s.Key).Distinct(StringComparer.Ordinal)];

    internal ConditionNode Root { get; }

    /// <summary>Position of a character of the condition (0-based offset), assuming the condition is on one line.</summary>
    internal SourcePosition PositionAt(int offset) => Position with { Column = Position.Column + offset };

    /// <summary>Parses a condition; throws <see cref="InvalidInputException"/> with the reason when it is malformed.</summary>
    /// <param name="source">Condition text.</param>
    /// <param name="position">Where the text starts, for messages and later lint reports.</param>
    /// <param name="fileName">File name for messages, or null.</param>
    public static Condition Parse(string source, SourcePosition position, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(position);
        return TryParse(source, position, out var condition, out var error, out var offset)
            ? condition
            : throw new InvalidInputException($"{fileName ?? "condition"}:{position.Line}:{position.Column + offset}: {error}");
    }

    /// <summary>Parses a condition; on failure returns false with the reason and the 0-based character offset of the problem.</summary>
    public static bool TryParse(string source, SourcePosition position, out Condition condition, out string? error, out int errorOffset)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(position);
        var root = ConditionParser.TryParse(source, out error, out errorOffset);
        condition = root is null ? null! : new Condition(source, position, root);
        return root is not null;
    }

    /// <summary>Evaluates the condition against the answers so far and the sample values.</summary>
    /// <param name="answers">Answers by question id (unanswered questions are absent).</param>
    /// <param name="sample">Sample values by key.</param>
    public bool Evaluate(IReadOnlyDictionary<string, Answer> answers, IReadOnlyDictionary<string, string> sample)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(sample);
        return Root.Evaluate(new ConditionLookup(
            id => answers.TryGetValue(id, out var a) ? a.ConditionValue : null,
            key => sample.TryGetValue(key, out var v) ? v : null));
    }

    /// <summary>
    /// Labels of the codes the condition compares questions with, for readers of a script, e.g.
    /// <c>contact_how: 1 = Called 999, 2 = Called 101</c>; one entry per question, in order of appearance.
    /// Codes not on the question's scale and ranges are left out.
    /// </summary>
    public IReadOnlyList<string> CodeLabels(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var codes = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        Collect(Root);
        var result = new List<string>();
        foreach (var id in order)
        {
            var scale = questionnaire.FindQuestion(id) is { } q ? questionnaire.FindScale(q.ScaleId) : null;
            var labels = codes[id].Select(c => scale?.FindOption(c) is { } o ? FormattableString.Invariant($"{c} = {o.Label}") : null)
                .OfType<string>().ToList();
            if (labels.Count > 0)
            {
                result.Add($"{id}: {string.Join(", ", labels)}");
            }
        }

        return result;

        void Add(Operand subject, object literal)
        {
            if (subject is QuestionOperand qo && literal is decimal d && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue)
            {
                if (!codes.TryGetValue(qo.Id, out var set))
                {
                    codes[qo.Id] = set = [];
                    order.Add(qo.Id);
                }

                set.Add((int)d);
            }
        }

        void Collect(ConditionNode node)
        {
            switch (node)
            {
                case AndNode a:
                    Collect(a.Left);
                    Collect(a.Right);
                    break;
                case OrNode o:
                    Collect(o.Left);
                    Collect(o.Right);
                    break;
                case NotNode n:
                    Collect(n.Inner);
                    break;
                case ComparisonNode c:
                    if (c.Right is LiteralOperand r)
                    {
                        Add(c.Left, r.Literal);
                    }

                    if (c.Left is LiteralOperand l)
                    {
                        Add(c.Right, l.Literal);
                    }

                    break;
                case InNode i:
                    foreach (var item in i.Items.Where(x => x.High is null))
                    {
                        Add(i.Subject, item.Low);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => Source;
}
