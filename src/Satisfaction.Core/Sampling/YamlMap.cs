using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Satisfaction.Core.Sampling;

/// <summary>A YAML mapping read strictly: unknown keys and wrong shapes are errors with a line number.</summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlMap(YamlNode node, string file, string what)
    {
        _file = file;
        _node = node as YamlMappingNode ?? throw Error(file, node, what, "expected a mapping (key: value lines).");
    }

    public YamlNode Node => _node;

    public static InvalidInputException Error(string file, YamlNode node, string? key, string reason) =>
        InvalidInputException.At(file, node.Start.Line, key, reason);

    public InvalidInputException Error(YamlNode node, string? key, string reason) => Error(_file, node, key, reason);

    public YamlNode? Get(string key)
    {
        _read.Add(key);
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode s && string.Equals(s.Value, key, StringComparison.Ordinal))
            {
                return v is YamlScalarNode { Value: null or "" or "~" or "null" } sv && sv.Style == YamlDotNet.Core.ScalarStyle.Plain ? null : v;
            }
        }

        return null;
    }

    public void RejectUnknownKeys()
    {
        foreach (var (k, _) in _node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? string.Empty;
            if (!_read.Contains(name))
            {
                throw Error(k, name, $"unknown key '{name}'; expected one of: {string.Join(", ", _read.Order(StringComparer.Ordinal))}.");
            }
        }
    }

    public string RequiredString(string key) =>
        OptionalString(key) ?? throw Error(_node, key, $"'{key}' is required.");

    public string? OptionalString(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
        {
            throw Error(node, key, $"'{key}' must be a non-empty text value.");
        }

        return value.Trim();
    }

    public int? OptionalInt(string key, int min, int max)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        var text = (node as YamlScalarNode)?.Value;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Error(node, key, string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a whole number from {min} to {max}."));
        }

        return value;
    }

    public double? OptionalDouble(string key, double minExclusive, double maxInclusive)
    {
        var node = Get(key);
        return node is null ? null : ReadDouble(node, key, minExclusive, maxInclusive);
    }

    public double ReadDouble(YamlNode node, string key, double minExclusive, double maxInclusive)
    {
        var text = (node as YamlScalarNode)?.Value;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || double.IsNaN(value) || value <= minExclusive || value > maxInclusive)
        {
            throw Error(node, key, string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a number in ({minExclusive}, {maxInclusive}]."));
        }

        return value;
    }

    public IReadOnlyList<(string Value, YamlNode Node)>? OptionalStringList(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequenceNode seq)
        {
            throw Error(node, key, $"'{key}' must be a list, e.g. [a, b].");
        }

        var list = new List<(string, YamlNode)>();
        foreach (var item in seq.Children)
        {
            if (item is not YamlScalarNode { Value: { } v } || string.IsNullOrWhiteSpace(v))
            {
                throw Error(item, key, $"every item of '{key}' must be a non-empty text value.");
            }

            list.Add((v.Trim(), item));
        }

        return list;
    }
}
