namespace Satisfaction.Core.Questionnaires;

/// <summary>A titled group of questions (e.g. "Initial contact"), optionally asked only under a condition.</summary>
/// <param name="Id">Block id, unique in the questionnaire.</param>
/// <param name="Title">Heading shown to the call handler.</param>
/// <param name="Relevant">Ask the block's questions only if this holds; null to always ask.</param>
/// <param name="Questions">The questions in order.</param>
/// <param name="Position">Where the block is defined.</param>
public sealed record QuestionBlock(string Id, string Title, Condition? Relevant, IReadOnlyList<Question> Questions, SourcePosition Position);
