namespace Satisfaction.Core.Sms;

/// <summary>What a reply did to the conversation.</summary>
public enum SmsReplyOutcome
{
    /// <summary>Recorded as the answer to the waiting question.</summary>
    Answered,

    /// <summary>Not understood; the question was asked again with its hint.</summary>
    Reprompted,

    /// <summary>Not understood after the last re-prompt; the question was recorded as no answer and the conversation moved on.</summary>
    NoAnswer,

    /// <summary>An opt-out keyword: the conversation stopped; nothing is sent (the carrier confirms).</summary>
    OptedOut,

    /// <summary>HELP: answered with who is asking and how to stop; the question still waits.</summary>
    Help,

    /// <summary>The conversation was already over: nothing changed, nothing is sent (kept for a supervisor).</summary>
    Ignored,
}
