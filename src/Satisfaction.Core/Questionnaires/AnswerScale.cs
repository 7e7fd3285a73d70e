namespace Satisfaction.Core.Questionnaires;

/// <summary>A reusable answer scale: a closed list of options, a whole-number range, or free text.</summary>
/// <param name="Id">Scale id that questions refer to.</param>
/// <param name="Type">Kind of answer.</param>
/// <param name="Options">Options (for <see cref="ScaleType.Choice"/>; for numbers, special codes such as refused). In file order.</param>
/// <param name="Min">Smallest allowed number (inclusive); only for <see cref="ScaleType.Number"/>.</param>
/// <param name="Max">Largest allowed number (inclusive); only for <see cref="ScaleType.Number"/>.</param>
/// <param name="MaxLength">Longest allowed text in characters; only for <see cref="ScaleType.Text"/>; null for no limit.</param>
/// <param name="SmsHint">Reply instructions appended to a question's SMS text (e.g. "Reply 1-7, 8=don't know"); may be null.</param>
/// <param name="Position">Where the scale is defined.</param>
public sealed record AnswerScale(
    string Id,
    ScaleType Type,
    IReadOnlyList<AnswerOption> Options,
    int? Min,
    int? Max,
    int? MaxLength,
    string? SmsHint,
    SourcePosition Position)
{
    /// <summary>The option with this code, or null.</summary>
    public AnswerOption? FindOption(int code)
    {
        foreach (var option in Options)
        {
            if (option.Code == code)
            {
                return option;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="code"/> is an answer this scale accepts (an option code, or a number in range).</summary>
    public bool Accepts(int code) =>
        FindOption(code) is not null || (Type == ScaleType.Number && code >= Min && code <= Max);
}
