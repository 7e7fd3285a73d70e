using System.Globalization;

namespace Satisfaction.Core.Questionnaires;

/// <summary>Looks up the values a condition refers to: numbers as <see cref="decimal"/>, texts as <see cref="string"/>, null when absent.</summary>
internal sealed record ConditionLookup(Func<string, object?> Question, Func<string, object?> Sample);

/// <summary>Comparison operators of the condition language.</summary>
internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>A value in a condition: an earlier answer, a sample value or a literal.</summary>
internal abstract record Operand(int Offset)
{
    public abstract object? Value(ConditionLookup lookup);
}

/// <summary>The answer to a question, by id.</summary>
internal sealed record QuestionOperand(string Id, int Offset) : Operand(Offset)
{
    public override object? Value(ConditionLookup lookup) => lookup.Question(Id);
}

/// <summary>A sample value, <c>sample.KEY</c>.</summary>
internal sealed record SampleOperand(string Key, int Offset) : Operand(Offset)
{
    public override object? Value(ConditionLookup lookup) => lookup.Sample(Key);
}

/// <summary>A number or quoted string.</summary>
internal sealed record LiteralOperand(object Literal, int Offset) : Operand(Offset)
{
    public override object? Value(ConditionLookup lookup) => Literal;
}

/// <summary>One element of an <c>in [...]</c> list: a single value or an inclusive number range <c>a..b</c>.</summary>
internal sealed record ListItem(object Low, object? High)
{
    public bool Contains(object value) => High is null
        ? ConditionValues.Compare(value, Low) == 0
        : ConditionValues.Compare(value, Low) >= 0 && ConditionValues.Compare(value, High) <= 0;
}

/// <summary>A node of a parsed condition.</summary>
internal abstract record ConditionNode
{
    public abstract bool Evaluate(ConditionLookup lookup);

    public abstract IEnumerable<Operand> Operands();

    public virtual IEnumerable<object> Literals() => Operands().OfType<LiteralOperand>().Select(o => o.Literal);
}

internal sealed record AndNode(ConditionNode Left, ConditionNode Right) : ConditionNode
{
    public override bool Evaluate(ConditionLookup lookup) => Left.Evaluate(lookup) && Right.Evaluate(lookup);

    public override IEnumerable<Operand> Operands() => Left.Operands().Concat(Right.Operands());

    public override IEnumerable<object> Literals() => Left.Literals().Concat(Right.Literals());
}

internal sealed record OrNode(ConditionNode Left, ConditionNode Right) : ConditionNode
{
    public override bool Evaluate(ConditionLookup lookup) => Left.Evaluate(lookup) || Right.Evaluate(lookup);

    public override IEnumerable<Operand> Operands() => Left.Operands().Concat(Right.Operands());

    public override IEnumerable<object> Literals() => Left.Literals().Concat(Right.Literals());
}

internal sealed record NotNode(ConditionNode Inner) : ConditionNode
{
    public override bool Evaluate(ConditionLookup lookup) => !Inner.Evaluate(lookup);

    public override IEnumerable<Operand> Operands() => Inner.Operands();

    public override IEnumerable<object> Literals() => Inner.Literals();
}

internal sealed record BooleanNode(bool Value) : ConditionNode
{
    public override bool Evaluate(ConditionLookup lookup) => Value;

    public override IEnumerable<Operand> Operands() => [];
}

/// <summary><c>answered(q)</c>: the question has an answer.</summary>
internal sealed record AnsweredNode(QuestionOperand Question) : ConditionNode
{
    public override bool Evaluate(ConditionLookup lookup) => Question.Value(lookup) is not null;

    public override IEnumerable<Operand> Operands() => [Question];
}

/// <summary><c>a OP b</c>. Any comparison with a missing value is false; a number never equals a text.</summary>
internal sealed record ComparisonNode(Operand Left, ComparisonOperator Operator, Operand Right) : ConditionNode
{
    public override bool Evaluate(ConditionLookup lookup)
    {
        var left = Left.Value(lookup);
        var right = Right.Value(lookup);
        if (left is null || right is null)
        {
            return false;
        }

        var order = ConditionValues.Compare(left, right);
        return Operator switch
        {
            ComparisonOperator.Equal => order == 0,
            ComparisonOperator.NotEqual => order != 0,
            ComparisonOperator.Less => order is < 0 and not ConditionValues.Incomparable,
            ComparisonOperator.LessOrEqual => order is <= 0 and not ConditionValues.Incomparable,
            ComparisonOperator.Greater => order is > 0 and not ConditionValues.Incomparable,
            ComparisonOperator.GreaterOrEqual => order is >= 0 and not ConditionValues.Incomparable,
            _ => throw new InvalidOperationException($"Unknown operator {Operator}."),
        };
    }

    public override IEnumerable<Operand> Operands() => [Left, Right];
}

/// <summary><c>a in [..]</c> (or <c>a not in [..]</c>); false when the value is missing.</summary>
internal sealed record InNode(Operand Subject, IReadOnlyList<ListItem> Items, bool Negated) : ConditionNode
{
    public override bool Evaluate(ConditionLookup lookup)
    {
        var value = Subject.Value(lookup);
        if (value is null)
        {
            return false;
        }

        var found = Items.Any(i => i.Contains(value));
        return Negated ? !found : found;
    }

    public override IEnumerable<Operand> Operands() => [Subject];

    public override IEnumerable<object> Literals() =>
        Items.SelectMany(i => i.High is null ? new[] { i.Low } : [i.Low, i.High]);
}

/// <summary>Value comparison shared by the nodes.</summary>
internal static class ConditionValues
{
    /// <summary>Returned by <see cref="Compare"/> when the values cannot be ordered (a number against a text).</summary>
    public const int Incomparable = int.MinValue;

    /// <summary>Orders two non-null values; texts that read as numbers compare as numbers (sample values are texts).</summary>
    public static int Compare(object left, object right)
    {
        if (AsNumber(left) is { } l && AsNumber(right) is { } r)
        {
            return l.CompareTo(r);
        }

        if (left is string ls && right is string rs)
        {
            return Math.Sign(string.CompareOrdinal(ls, rs));
        }

        return Incomparable;
    }

    private static decimal? AsNumber(object value) => value switch
    {
        decimal d => d,
        string s when decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };
}
