using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Core.Sms;

/// <summary>
/// Recognises the control keywords of a whole SMS body, in any case, with surrounding spaces and punctuation
/// ("  Stop. ", "STOP!!"). Opt-out also wins when the body starts with an opt-out word ("stop texting me"),
/// as <see cref="SmsReplyParser"/> does: for vulnerable people a missed STOP does more harm than an extra one.
/// </summary>
public static class SmsKeywords
{
    private static readonly HashSet<string> OptOut = new(StringComparer.Ordinal)
    {
        "stop", "stopall", "unsubscribe", "end", "quit", "cancel", "optout", "revoke",
    };

    private static readonly HashSet<string> OptIn = new(StringComparer.Ordinal) { "start", "unstop" };

    private static readonly HashSet<string> Help = new(StringComparer.Ordinal) { "help", "info" };

    /// <summary>The keyword <paramref name="body"/> is, or <see cref="SmsKeyword.None"/>. Never throws on any text.</summary>
    public static SmsKeyword Classify(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return SmsKeyword.None;
        }

        var words = SmsReplyParser.Normalise(body);
        if (words.Length == 0)
        {
            return SmsKeyword.None;
        }

        if (OptOut.Contains(words[0]) || (words.Length == 2 && words[0] == "opt" && words[1] == "out"))
        {
            return SmsKeyword.OptOut;
        }

        if (words.Length != 1)
        {
            return SmsKeyword.None;
        }

        return OptIn.Contains(words[0]) ? SmsKeyword.OptIn : Help.Contains(words[0]) ? SmsKeyword.Help : SmsKeyword.None;
    }
}
