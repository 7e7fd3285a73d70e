namespace Satisfaction.Core.Sms;

/// <summary>The service's own texts around the questions. Every text fits one GSM-7 SMS part with the defaults.</summary>
public sealed record SmsConversationTexts
{
    /// <summary>Who is asking, for HELP (e.g. the force's name); default "your police force".</summary>
    public string Sender { get; init; } = "your police force";

    /// <summary>Sent when routing reaches the end.</summary>
    public string ThankYou { get; init; } = "Thank you for your answers. We will not text you again about this survey.";

    /// <summary>Before the hint of a re-prompt.</summary>
    public string NotUnderstood { get; init; } = "Sorry, we did not understand that.";

    /// <summary>The hint of a free-text question's re-prompt (its scale has none).</summary>
    public string TextHint { get; init; } = "Please reply in a few words (up to 1000 letters).";

    /// <summary>Before the question in the reminder.</summary>
    public string ReminderPrefix { get; init; } = "Reminder:";

    /// <summary>After START.</summary>
    public string OptInConfirmation { get; init; } = "You will get survey texts again. Reply STOP at any time to stop.";

    /// <summary>The HELP answer; <c>{sender}</c> is replaced by <see cref="Sender"/>.</summary>
    public string Help { get; init; } = "This survey is from {sender} about the service you received. Texts are free. Reply STOP to stop at any time.";

    /// <summary>The HELP answer with the sender piped in.</summary>
    public string HelpText => Help.Replace("{sender}", Sender, StringComparison.Ordinal);
}
