using System.Globalization;
using System.Text;

namespace Satisfaction.Core.Questionnaires;

/// <summary>
/// Understands SMS replies: opt-out keywords, digits ("3", "3 thanks"), and words matching an option's
/// label or aliases ("very satisfied", "Don't know", "dk"), ignoring case, apostrophes and punctuation.
/// </summary>
public static class SmsReplyParser
{
    private static readonly HashSet<string> OptOutWords = new(StringComparer.Ordinal)
    {
        "stop", "stopall", "unsubscribe", "cancel", "end", "quit", "optout", "revoke",
    };

    /// <summary>Parses a reply to a question on <paramref name="scale"/>.</summary>
    /// <remarks>
    /// Opt-out is detected first: a reply that is, or starts with, an opt-out keyword is
    /// <see cref="SmsReplyKind.OptOut"/> whatever the scale. A coded reply must hold exactly one number or
    /// match one option's words; when two options match equally well the reply is invalid (ambiguous).
    /// </remarks>
    public static SmsReply Parse(AnswerScale scale, string reply)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(reply);
        var tokens = Normalise(reply);
        if (tokens.Length > 0 && OptOutWords.Contains(tokens[0]))
        {
            return new SmsReply(SmsReplyKind.OptOut, null, null, null);
        }

        if (tokens.Length == 0)
        {
            return Invalid($"the reply was empty; {AnswerValidator.Guide(scale)}");
        }

        if (scale.Type == ScaleType.Text)
        {
            var text = reply.Trim();
            var check = AnswerValidator.Validate(scale, new Answer(string.Empty, null, text));
            return check.IsValid ? new SmsReply(SmsReplyKind.Answer, null, text, null) : Invalid(check.Reason!);
        }

        var numbers = tokens.Where(t => t.All(char.IsAsciiDigit)).ToList();
        int? code = null;
        if (numbers.Count > 1)
        {
            return Invalid($"please reply with one number; {AnswerValidator.Guide(scale)}");
        }

        if (numbers.Count == 1)
        {
            if (!int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return Invalid($"that number is too large; {AnswerValidator.Guide(scale)}");
            }

            code = n;
        }
        else
        {
            code = MatchWords(scale, tokens, out var ambiguous);
            if (ambiguous)
            {
                return Invalid($"the reply matches more than one answer; {AnswerValidator.Guide(scale)}");
            }
        }

        if (code is null)
        {
            return Invalid($"the reply was not understood; {AnswerValidator.Guide(scale)}");
        }

        var result = AnswerValidator.Validate(scale, new Answer(string.Empty, code, null));
        return result.IsValid ? new SmsReply(SmsReplyKind.Answer, code, null, null) : Invalid(result.Reason!);
    }

    private static SmsReply Invalid(string reason) => new(SmsReplyKind.Invalid, null, null, reason);

    /// <summary>The code whose label or alias matches best: an exact match, else the longest phrase found in the reply.</summary>
    private static int? MatchWords(AnswerScale scale, string[] tokens, out bool ambiguous)
    {
        ambiguous = false;
        var best = 0;
        var bestCodes = new HashSet<int>();
        foreach (var option in scale.Options)
        {
            foreach (var phrase in option.Aliases.Prepend(option.Label))
            {
                var words = Normalise(phrase);
                if (words.Length == 0)
                {
                    continue;
                }

                var score = words.SequenceEqual(tokens) ? int.MaxValue : Contains(tokens, words) ? words.Length : 0;
                if (score > best)
                {
                    best = score;
                    bestCodes = [option.Code];
                }
                else if (score == best && score > 0)
                {
                    bestCodes.Add(option.Code);
                }
            }
        }

        if (bestCodes.Count > 1)
        {
            ambiguous = true;
            return null;
        }

        return bestCodes.Count == 1 ? bestCodes.First() : null;
    }

    private static bool Contains(string[] tokens, string[] words)
    {
        for (var i = 0; i + words.Length <= tokens.Length; i++)
        {
            if (tokens.AsSpan(i, words.Length).SequenceEqual(words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower case, apostrophes dropped ("don't" → "dont"), other punctuation as spaces, split into words.</summary>
    internal static string[] Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\'' or '\u2019' or '\u2018' or '`')
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
