namespace Satisfaction.Core.Questionnaires;

/// <summary>Builds the SMS sent for a question: its <c>sms</c> text with sample values piped in, then the scale's reply hint.</summary>
public static class SmsMessage
{
    /// <summary>The SMS body for a question.</summary>
    /// <param name="question">Question with an <c>sms</c> text.</param>
    /// <param name="scale">The question's scale (its <c>sms_hint</c> is appended after a space), or null.</param>
    /// <param name="sample">Sample values to pipe in.</param>
    /// <exception cref="ArgumentException">The question has no SMS text.</exception>
    /// <exception cref="InvalidInputException">The text needs a sample value the case does not have.</exception>
    public static string Compose(Question question, AnswerScale? scale, IReadOnlyDictionary<string, string> sample)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Sms is null)
        {
            throw new ArgumentException($"Question '{question.Id}' has no SMS text.", nameof(question));
        }

        var body = Piping.Apply(question.Sms.Trim(), sample);
        return scale?.SmsHint is { Length: > 0 } hint ? $"{body} {hint.Trim()}" : body;
    }
}
