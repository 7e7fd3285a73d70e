using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Satisfaction.Application.Scores;

/// <summary>
/// One interview's coded answers as a read-only dictionary over a flat array of interned (question id, code)
/// pairs: one small allocation per interview instead of a hash table, looked up by a linear scan (an interview has
/// a few dozen answers at most). Question ids are unique within an interview.
/// </summary>
internal sealed class PackedAnswers : IReadOnlyDictionary<string, string?>
{
    /// <summary>An interview without answers.</summary>
    public static readonly PackedAnswers Empty = new([]);

    private readonly string[] _pairs;

    /// <param name="pairs">Question id, code, question id, code, ...</param>
    public PackedAnswers(string[] pairs) => _pairs = pairs;

    /// <inheritdoc />
    public int Count => _pairs.Length / 2;

    /// <inheritdoc />
    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < _pairs.Length; i += 2)
            {
                yield return _pairs[i];
            }
        }
    }

    /// <inheritdoc />
    public IEnumerable<string?> Values
    {
        get
        {
            for (var i = 1; i < _pairs.Length; i += 2)
            {
                yield return _pairs[i];
            }
        }
    }

    /// <inheritdoc />
    public string? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No answer to '{key}'.");

    /// <summary>The question id of answer <paramref name="index"/> (0 to <see cref="Count"/> - 1).</summary>
    public string QuestionAt(int index) => _pairs[2 * index];

    /// <summary>The code of answer <paramref name="index"/> (0 to <see cref="Count"/> - 1).</summary>
    public string CodeAt(int index) => _pairs[(2 * index) + 1];

    /// <inheritdoc />
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string? value)
    {
        for (var i = 0; i < _pairs.Length; i += 2)
        {
            if (string.Equals(_pairs[i], key, StringComparison.Ordinal))
            {
                value = _pairs[i + 1];
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator()
    {
        for (var i = 0; i < _pairs.Length; i += 2)
        {
            yield return new KeyValuePair<string, string?>(_pairs[i], _pairs[i + 1]);
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
