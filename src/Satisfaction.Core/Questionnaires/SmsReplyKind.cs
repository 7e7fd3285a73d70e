namespace Satisfaction.Core.Questionnaires;

/// <summary>What an SMS reply turned out to be.</summary>
public enum SmsReplyKind
{
    /// <summary>An answer to the question (a code, a number or a text).</summary>
    Answer,

    /// <summary>An opt-out keyword (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, OPTOUT, REVOKE): stop the interview, send nothing more.</summary>
    OptOut,

    /// <summary>Not an allowed answer; the reason says what to reply.</summary>
    Invalid,
}
