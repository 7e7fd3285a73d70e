namespace Satisfaction.Core.Questionnaires;

/// <summary>One question.</summary>
/// <param name="Id">Question id, unique in the questionnaire; used in conditions, routes and the stored answers.</param>
/// <param name="BlockId">Id of the block the question is in.</param>
/// <param name="Index">0-based position of the question in the whole questionnaire (document order).</param>
/// <param name="Text">Telephone script wording; may contain <c>{sample.KEY}</c> placeholders.</param>
/// <param name="Sms">Short wording for SMS, or null when the question is not asked by SMS.</param>
/// <param name="Note">Interviewer instruction (not read out), or null.</param>
/// <param name="ScaleId">Id of the answer scale.</param>
/// <param name="Relevant">Ask only if this holds; null to always ask.</param>
/// <param name="Routes">Jumps taken after the answer, tried in order; the first that applies wins.</param>
/// <param name="Position">Where the question is defined.</param>
public sealed record Question(
    string Id,
    string BlockId,
    int Index,
    string Text,
    string? Sms,
    string? Note,
    string ScaleId,
    Condition? Relevant,
    IReadOnlyList<Route> Routes,
    SourcePosition Position)
{
    /// <summary>Where the <c>text</c> value is; defaults to <see cref="Position"/>.</summary>
    public SourcePosition? TextPosition { get; init; }

    /// <summary>Where the <c>sms</c> value is; defaults to <see cref="Position"/>.</summary>
    public SourcePosition? SmsPosition { get; init; }

    /// <summary>Where the <c>scale</c> value is; defaults to <see cref="Position"/>.</summary>
    public SourcePosition? ScalePosition { get; init; }
}
