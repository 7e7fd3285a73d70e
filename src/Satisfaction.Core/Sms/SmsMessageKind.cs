namespace Satisfaction.Core.Sms;

/// <summary>Why a text is sent.</summary>
public enum SmsMessageKind
{
    /// <summary>The first question of the questionnaire, with the case's values piped in.</summary>
    Invitation,

    /// <summary>The next question after a reply.</summary>
    Question,

    /// <summary>The same question again with the reply hint, after a reply that was not understood.</summary>
    Reprompt,

    /// <summary>The answer to HELP: who is asking and how to stop.</summary>
    Help,

    /// <summary>The one reminder of the waiting question.</summary>
    Reminder,

    /// <summary>The closing thank-you.</summary>
    ThankYou,

    /// <summary>The confirmation after START.</summary>
    OptInConfirmation,
}
