namespace Satisfaction.Core.Questionnaires;

/// <summary>A skip: after the question is answered, go to <paramref name="Target"/> if <paramref name="When"/> holds.</summary>
/// <param name="When">Condition; null for an unconditional jump.</param>
/// <param name="Target">Id of a later question, or <see cref="EndTarget"/> to end the interview.</param>
/// <param name="Position">Where the route is defined (its <c>goto</c> value).</param>
public sealed record Route(Condition? When, string Target, SourcePosition Position)
{
    /// <summary>The reserved target that ends the interview.</summary>
    public const string EndTarget = "end";

    /// <summary>True when the route ends the interview.</summary>
    public bool EndsInterview => string.Equals(Target, EndTarget, StringComparison.Ordinal);
}
