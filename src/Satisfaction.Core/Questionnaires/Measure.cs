namespace Satisfaction.Core.Questionnaires;

/// <summary>A reported measure (e.g. whole experience) and how to score it from one question.</summary>
/// <param name="Id">Measure id (e.g. <c>whole_experience</c>).</param>
/// <param name="Title">Name used in reports.</param>
/// <param name="QuestionId">The question whose answer is scored.</param>
/// <param name="Satisfied">Codes counted as satisfied (the numerator), e.g. 1, 2, 3.</param>
/// <param name="Valid">Codes counted in the base (the denominator), e.g. 1 to 7; other codes are left out.</param>
/// <param name="Position">Where the measure is defined.</param>
public sealed record Measure(string Id, string Title, string QuestionId, IReadOnlyList<int> Satisfied, IReadOnlyList<int> Valid, SourcePosition Position)
{
    /// <summary>Where the <c>question</c> value is; defaults to <see cref="Position"/>.</summary>
    public SourcePosition? QuestionPosition { get; init; }

    /// <summary>Where the <c>satisfied</c> list is; defaults to <see cref="Position"/>.</summary>
    public SourcePosition? SatisfiedPosition { get; init; }

    /// <summary>Where the <c>valid</c> list is; defaults to <see cref="Position"/>.</summary>
    public SourcePosition? ValidPosition { get; init; }
}
