using System.Globalization;

namespace Satisfaction.Core.Questionnaires;

/// <summary>A problem found in a questionnaire definition: where it is and why it is wrong.</summary>
/// <param name="File">File name as given to the parser.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Reason">What is wrong, naming the bad value.</param>
public sealed record QuestionnaireProblem(string File, int Line, int Column, string Reason)
{
    /// <summary>Creates a problem at a source position.</summary>
    public static QuestionnaireProblem At(string file, SourcePosition position, string reason)
    {
        ArgumentNullException.ThrowIfNull(position);
        return new QuestionnaireProblem(file, position.Line, position.Column, reason);
    }

    /// <summary>The compiler-style form <c>FILE:LINE:COL: reason</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: {Reason}");
}
