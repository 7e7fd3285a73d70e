using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Satisfaction.Core.Questionnaires;

/// <summary>Reads typed values out of YAML nodes, collecting problems with their positions instead of throwing.</summary>
internal sealed class YamlNodeReader(string file)
{
    private readonly List<QuestionnaireProblem> problems = [];

    public IReadOnlyList<QuestionnaireProblem> Problems => problems;

    public string File => file;

    public static SourcePosition PositionOf(YamlNode node) => new((int)node.Start.Line, (int)node.Start.Column);

    /// <summary>Position of a character inside a scalar's value (0-based offset), allowing for an opening quote.</summary>
    public static SourcePosition PositionInside(YamlNode node, int offset)
    {
        var start = PositionOf(node);
        var quote = node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } ? 1 : 0;
        var multiLine = node is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded };
        return multiLine ? start : start with { Column = start.Column + quote + offset };
    }

    public void Report(YamlNode node, string reason) => Report(PositionOf(node), reason);

    public void Report(SourcePosition position, string reason) => problems.Add(QuestionnaireProblem.At(file, position, reason));

    public YamlMappingNode? AsMapping(YamlNode? node, string what)
    {
        if (node is null or YamlMappingNode)
        {
            return (YamlMappingNode?)node;
        }

        Report(node, $"{what} must be a mapping (key: value lines)");
        return null;
    }

    public YamlSequenceNode? AsSequence(YamlNode? node, string what)
    {
        if (node is null or YamlSequenceNode)
        {
            return (YamlSequenceNode?)node;
        }

        Report(node, $"{what} must be a list (lines starting with '- ')");
        return null;
    }

    /// <summary>Reports keys of <paramref name="map"/> that are not in <paramref name="allowed"/>.</summary>
    public void CheckKeys(YamlMappingNode map, string what, string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                Report(key, $"unknown key '{name}' in {what}; allowed: {string.Join(", ", allowed)}");
            }
        }
    }

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? OptionalString(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Report(node, $"{what} '{key}' must be a single value, not a list or mapping");
        return null;
    }

    public string RequiredString(YamlMappingNode map, string key, string what)
    {
        var value = OptionalString(map, key, what);
        if (value is null && Get(map, key) is null)
        {
            Report(map, $"{what} has no '{key}'");
        }
        else if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Report(Get(map, key)!, $"{what} '{key}' is empty");
        }

        return value ?? string.Empty;
    }

    public int? OptionalInt(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        var text = OptionalString(map, key, what);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(node!, $"{what} '{key}' must be a whole number, not '{text}'");
        return null;
    }

    public bool OptionalBool(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        var text = OptionalString(map, key, what);
        if (text is null)
        {
            return false;
        }

        if (text is "true" or "yes")
        {
            return true;
        }

        if (text is "false" or "no")
        {
            return false;
        }

        Report(node!, $"{what} '{key}' must be true or false, not '{text}'");
        return false;
    }

    public List<string> StringList(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return [];
        }

        if (AsSequence(node, $"{what} '{key}'") is not { } seq)
        {
            return [];
        }

        var list = new List<string>();
        foreach (var item in seq)
        {
            if (item is YamlScalarNode { Value: { } v })
            {
                list.Add(v);
            }
            else
            {
                Report(item, $"{what} '{key}' items must be single values");
            }
        }

        return list;
    }

    /// <summary>Reads a list of codes: whole numbers and inclusive ranges written <c>a..b</c>, e.g. <c>[1..3]</c> or <c>[1, 2, 3]</c>.</summary>
    public List<int> CodeList(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return [];
        }

        IEnumerable<YamlNode> items = node is YamlSequenceNode seq ? seq.Children : [node];
        var codes = new List<int>();
        foreach (var item in items)
        {
            var text = (item as YamlScalarNode)?.Value ?? string.Empty;
            var dots = text.IndexOf("..", StringComparison.Ordinal);
            if (dots < 0 && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var single))
            {
                codes.Add(single);
            }
            else if (dots > 0
                && int.TryParse(text.AsSpan(0, dots), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var low)
                && int.TryParse(text.AsSpan(dots + 2), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var high)
                && low <= high && high - low <= 10_000)
            {
                codes.AddRange(Enumerable.Range(low, high - low + 1));
            }
            else
            {
                Report(item, $"{what} '{key}': '{text}' is not a code or a range a..b");
            }
        }

        return codes;
    }

    public Condition? OptionalCondition(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        var text = OptionalString(map, key, what);
        if (node is null || text is null)
        {
            return null;
        }

        var position = PositionInside(node, 0);
        if (Condition.TryParse(text, position, out var condition, out var error, out var offset))
        {
            return condition;
        }

        Report(PositionInside(node, offset), $"{what} '{key}' condition '{text}': {error}");
        return null;
    }
}
