using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Core.Sms;

/// <summary>
/// AAPOR final dispositions of an SMS interview (codes as in the AAPOR Standard Definitions for surveys of
/// named persons): complete 1.1; partial 1.2 (the core measures answered, the rest not); explicit refusal
/// 2.111 (STOP); refusal 2.11 (declined at the first question: routing ended with no core measure answered);
/// break-off 2.12 (some replies, core measures not all answered); nothing ever returned 3.19 (no reply at all).
/// </summary>
public static class SmsDispositions
{
    /// <summary>Complete interview.</summary>
    public const string Complete = "1.1";

    /// <summary>Partial interview: the core measures answered.</summary>
    public const string Partial = "1.2";

    /// <summary>Refusal: declined when asked.</summary>
    public const string Refusal = "2.11";

    /// <summary>Explicit refusal: opted out (STOP).</summary>
    public const string ExplicitRefusal = "2.111";

    /// <summary>Break-off: started, core measures not all answered.</summary>
    public const string BreakOff = "2.12";

    /// <summary>Nothing ever returned: no reply at all (eligibility unknown).</summary>
    public const string NothingReturned = "3.19";

    /// <summary>The disposition of a finished conversation; null while it is open.</summary>
    public static string? Of(SmsConversationState state, Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(questionnaire);
        if (state.IsOpen)
        {
            return null;
        }

        var answered = state.Answers.Select(a => a.QuestionId).ToHashSet(StringComparer.Ordinal);
        var core = questionnaire.Measures.Select(m => m.QuestionId).Distinct(StringComparer.Ordinal).ToList();
        var coreAnswered = core.Count(answered.Contains);
        var allCore = core.Count > 0 && coreAnswered == core.Count;
        return state.Status switch
        {
            SmsConversationStatus.Completed => allCore ? Complete : coreAnswered > 0 ? Partial : Refusal,
            SmsConversationStatus.Stopped => allCore ? Partial : ExplicitRefusal,
            _ => allCore ? Partial : state.Answers.Count > 0 || state.NoAnswer.Count > 0 ? BreakOff : NothingReturned,
        };
    }

    /// <summary>True when the disposition counts as an interview (complete or partial), so no ring-back is needed.</summary>
    public static bool IsInterview(string? disposition) => disposition is Complete or Partial;
}
