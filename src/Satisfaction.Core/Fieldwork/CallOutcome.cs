namespace Satisfaction.Core.Fieldwork;

/// <summary>
/// What a call-handler records at the end of one telephone attempt (the short list of the console). Its text
/// code is the snake_case name (<c>no_answer</c>, <c>message_left</c>, ...; see <c>Crimes.EnumCodes</c>).
/// The AAPOR disposition, finality and re-call delay of each come from <see cref="RecallRules"/>.
/// </summary>
public enum CallOutcome
{
    /// <summary>The interview was completed.</summary>
    Complete,

    /// <summary>The interview stopped part-way with enough answers to count as partial; it may be resumed.</summary>
    Partial,

    /// <summary>The person (or, for RDD, the household) declined.</summary>
    Refusal,

    /// <summary>The respondent stopped the interview before the partial threshold.</summary>
    BreakOff,

    /// <summary>The phone rang out.</summary>
    NoAnswer,

    /// <summary>Engaged tone.</summary>
    Busy,

    /// <summary>An answering machine or voicemail; no message left.</summary>
    AnsweringMachine,

    /// <summary>An answering machine or voicemail; a message was left.</summary>
    MessageLeft,

    /// <summary>The number does not reach the named victim (victim cases) or is not a private household (RDD).</summary>
    WrongNumber,

    /// <summary>Number unobtainable, not in service or disconnected.</summary>
    NotInService,

    /// <summary>The person or household is not eligible (e.g. the victim was under 16; no adult in the household).</summary>
    NotEligible,

    /// <summary>An appointment was made for a date and time.</summary>
    Appointment,

    /// <summary>The interview cannot be done in a language the service offers.</summary>
    Language,

    /// <summary>The respondent is physically or mentally unable to take part.</summary>
    Unable,
}
