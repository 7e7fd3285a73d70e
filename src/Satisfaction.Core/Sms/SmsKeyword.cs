namespace Satisfaction.Core.Sms;

/// <summary>A control keyword an SMS may consist of.</summary>
public enum SmsKeyword
{
    /// <summary>Not a keyword: an answer or anything else.</summary>
    None,

    /// <summary>STOP, STOPALL, UNSUBSCRIBE, END, QUIT, CANCEL, OPTOUT or REVOKE: end every interview, send nothing more.</summary>
    OptOut,

    /// <summary>START, UNSTOP: lift an earlier opt-out.</summary>
    OptIn,

    /// <summary>HELP or INFO: say who is asking and how to stop.</summary>
    Help,
}
