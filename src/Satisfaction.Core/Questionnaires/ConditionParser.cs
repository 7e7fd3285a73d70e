using System.Globalization;

namespace Satisfaction.Core.Questionnaires;

/// <summary>
/// Recursive-descent parser for the condition language:
/// <c>or</c> / <c>and</c> / <c>not</c>, parentheses, comparisons (<c>== != &lt; &lt;= &gt; &gt;=</c>),
/// <c>x in [1, 2, 4..7]</c>, <c>x not in [...]</c>, <c>answered(q)</c>, <c>true</c>, <c>false</c>;
/// operands are question ids, <c>sample.KEY</c>, whole or decimal numbers and 'quoted' or "quoted" texts.
/// </summary>
internal sealed class ConditionParser
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal) { "and", "or", "not", "in", "answered", "true", "false" };

    private readonly string source;
    private int pos;

    private ConditionParser(string source) => this.source = source;

    /// <summary>Words that cannot be question ids.</summary>
    public static IReadOnlySet<string> ReservedWords => Keywords;

    /// <summary>Parses a condition; on failure returns null with the reason and the 0-based offset of the problem.</summary>
    public static ConditionNode? TryParse(string source, out string? error, out int errorOffset)
    {
        var parser = new ConditionParser(source);
        try
        {
            var node = parser.ParseOr();
            parser.SkipSpace();
            if (parser.pos < source.Length)
            {
                throw new ConditionSyntaxError($"unexpected '{parser.Rest()}'", parser.pos);
            }

            error = null;
            errorOffset = 0;
            return node;
        }
        catch (ConditionSyntaxError e)
        {
            error = e.Reason;
            errorOffset = e.Offset;
            return null;
        }
    }

    private ConditionNode ParseOr()
    {
        var left = ParseAnd();
        while (TryKeyword("or"))
        {
            left = new OrNode(left, ParseAnd());
        }

        return left;
    }

    private ConditionNode ParseAnd()
    {
        var left = ParseNot();
        while (TryKeyword("and"))
        {
            left = new AndNode(left, ParseNot());
        }

        return left;
    }

    private ConditionNode ParseNot() => TryKeyword("not") ? new NotNode(ParseNot()) : ParsePrimary();

    private ConditionNode ParsePrimary()
    {
        SkipSpace();
        if (TryChar('('))
        {
            var inner = ParseOr();
            Expect(')');
            return inner;
        }

        if (TryKeyword("true"))
        {
            return new BooleanNode(true);
        }

        if (TryKeyword("false"))
        {
            return new BooleanNode(false);
        }

        if (TryKeyword("answered"))
        {
            Expect('(');
            SkipSpace();
            var at = pos;
            var id = ReadIdentifier() ?? throw new ConditionSyntaxError("answered( ) needs a question id", at);
            if (id.StartsWith("sample.", StringComparison.Ordinal))
            {
                throw new ConditionSyntaxError("answered( ) takes a question id, not a sample value", at);
            }

            Expect(')');
            return new AnsweredNode(new QuestionOperand(id, at));
        }

        var left = ParseOperand();
        SkipSpace();
        var save = pos;
        if (TryKeyword("not"))
        {
            if (!TryKeyword("in"))
            {
                throw new ConditionSyntaxError("expected 'in' after 'not'", save);
            }

            return new InNode(left, ParseList(), Negated: true);
        }

        if (TryKeyword("in"))
        {
            return new InNode(left, ParseList(), Negated: false);
        }

        var op = ReadOperator() ?? throw new ConditionSyntaxError(
            pos < source.Length ? $"expected a comparison (==, !=, <, <=, >, >=, in) but found '{Rest()}'" : "expected a comparison (==, !=, <, <=, >, >=, in) at the end",
            pos);
        var right = ParseOperand();
        return new ComparisonNode(left, op, right);
    }

    private List<ListItem> ParseList()
    {
        Expect('[');
        var items = new List<ListItem>();
        SkipSpace();
        if (TryChar(']'))
        {
            return items;
        }

        do
        {
            SkipSpace();
            var at = pos;
            var low = ReadLiteral() ?? throw new ConditionSyntaxError("expected a number or a quoted text in the list", at);
            SkipSpace();
            object? high = null;
            if (pos + 1 < source.Length && source[pos] == '.' && source[pos + 1] == '.')
            {
                pos += 2;
                SkipSpace();
                var highAt = pos;
                high = ReadLiteral() as decimal? ?? throw new ConditionSyntaxError("expected a number after '..'", highAt);
                if (low is not decimal)
                {
                    throw new ConditionSyntaxError("a range a..b needs numbers", at);
                }
            }

            items.Add(new ListItem(low, high));
            SkipSpace();
        }
        while (TryChar(','));

        Expect(']');
        return items;
    }

    private Operand ParseOperand()
    {
        SkipSpace();
        var at = pos;
        if (ReadLiteral() is { } literal)
        {
            return new LiteralOperand(literal, at);
        }

        var id = ReadIdentifier();
        if (id is null)
        {
            throw new ConditionSyntaxError(
                pos < source.Length ? $"expected a question id, sample.KEY, a number or a quoted text but found '{Rest()}'" : "the condition ends too early",
                at);
        }

        if (Keywords.Contains(id))
        {
            throw new ConditionSyntaxError($"'{id}' is a keyword, not a value", at);
        }

        if (id.StartsWith("sample.", StringComparison.Ordinal))
        {
            return new SampleOperand(id["sample.".Length..], at);
        }

        return id.Contains('.', StringComparison.Ordinal)
            ? throw new ConditionSyntaxError($"'{id}' is not a question id or sample.KEY", at)
            : new QuestionOperand(id, at);
    }

    private object? ReadLiteral()
    {
        if (pos >= source.Length)
        {
            return null;
        }

        var c = source[pos];
        if (c is '\'' or '"')
        {
            var end = source.IndexOf(c, pos + 1);
            if (end < 0)
            {
                throw new ConditionSyntaxError("unterminated quoted text", pos);
            }

            var text = source[(pos + 1)..end];
            pos = end + 1;
            return text;
        }

        if (char.IsAsciiDigit(c) || (c == '-' && pos + 1 < source.Length && char.IsAsciiDigit(source[pos + 1])))
        {
            var start = pos;
            pos++;
            while (pos < source.Length && (char.IsAsciiDigit(source[pos])
                || (source[pos] == '.' && pos + 1 < source.Length && char.IsAsciiDigit(source[pos + 1]))))
            {
                pos++;
            }

            return decimal.Parse(source.AsSpan(start, pos - start), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        return null;
    }

    private string? ReadIdentifier()
    {
        if (pos >= source.Length || !(char.IsAsciiLetter(source[pos]) || source[pos] == '_'))
        {
            return null;
        }

        var start = pos;
        while (pos < source.Length && (char.IsAsciiLetterOrDigit(source[pos]) || source[pos] is '_' or '.')
            && !(source[pos] == '.' && pos + 1 < source.Length && source[pos + 1] == '.'))
        {
            pos++;
        }

        return source[start..pos];
    }

    private ComparisonOperator? ReadOperator()
    {
        SkipSpace();
        (string Text, ComparisonOperator Op)[] ops =
        [
            ("==", ComparisonOperator.Equal), ("!=", ComparisonOperator.NotEqual),
            ("<=", ComparisonOperator.LessOrEqual), (">=", ComparisonOperator.GreaterOrEqual),
            ("<", ComparisonOperator.Less), (">", ComparisonOperator.Greater),
        ];
        foreach (var (text, op) in ops)
        {
            if (string.CompareOrdinal(source, pos, text, 0, text.Length) == 0)
            {
                pos += text.Length;
                return op;
            }
        }

        return null;
    }

    private bool TryKeyword(string keyword)
    {
        SkipSpace();
        if (string.CompareOrdinal(source, pos, keyword, 0, keyword.Length) != 0)
        {
            return false;
        }

        var after = pos + keyword.Length;
        if (after < source.Length && (char.IsAsciiLetterOrDigit(source[after]) || source[after] is '_' or '.'))
        {
            return false;
        }

        pos = after;
        return true;
    }

    private bool TryChar(char c)
    {
        SkipSpace();
        if (pos < source.Length && source[pos] == c)
        {
            pos++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!TryChar(c))
        {
            throw new ConditionSyntaxError(pos < source.Length ? $"expected '{c}' but found '{Rest()}'" : $"expected '{c}' at the end", pos);
        }
    }

    private void SkipSpace()
    {
        while (pos < source.Length && char.IsWhiteSpace(source[pos]))
        {
            pos++;
        }
    }

    private string Rest() => source.Length - pos > 20 ? string.Concat(source.AsSpan(pos, 20), "...") : source[pos..];

    private sealed class ConditionSyntaxError(string reason, int offset) : Exception(reason)
    {
        public string Reason { get; } = reason;

        public int Offset { get; } = offset;
    }
}
