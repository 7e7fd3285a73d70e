using System.Globalization;

namespace Satisfaction.Core.Questionnaires;

/// <summary>Checks answers against a question's scale and words the reply instructions.</summary>
public static class AnswerValidator
{
    /// <summary>Checks an answer against a scale: a code on a choice scale, a number in range (or a special code), or a non-empty text within the length limit.</summary>
    public static AnswerCheck Validate(AnswerScale scale, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(answer);
        switch (scale.Type)
        {
            case ScaleType.Text:
                if (string.IsNullOrWhiteSpace(answer.Text))
                {
                    return AnswerCheck.Invalid("an answer in words is needed");
                }

                return scale.MaxLength is { } max && answer.Text.Length > max
                    ? AnswerCheck.Invalid(string.Create(CultureInfo.InvariantCulture, $"the answer is {answer.Text.Length} characters; at most {max} are allowed"))
                    : AnswerCheck.Valid;
            default:
                if (answer.Code is not { } code)
                {
                    return AnswerCheck.Invalid($"a number is needed; {Guide(scale)}");
                }

                if (scale.Accepts(code))
                {
                    return AnswerCheck.Valid;
                }

                var what = scale.Type == ScaleType.Number ? "is not an allowed answer" : "is not an allowed code";
                return AnswerCheck.Invalid(string.Create(CultureInfo.InvariantCulture, $"{code} {what}; {Guide(scale)}"));
        }
    }

    /// <summary>How to answer, e.g. "reply 1 to 7, or 8 for don't know" or "reply a number from 16 to 120, or 99 for refused".</summary>
    public static string Guide(AnswerScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        if (scale.Type == ScaleType.Text)
        {
            return "reply in words";
        }

        string main;
        if (scale.Type == ScaleType.Number)
        {
            main = string.Create(CultureInfo.InvariantCulture, $"reply a number from {scale.Min} to {scale.Max}");
        }
        else
        {
            var substantive = scale.Options.Where(o => !o.Missing).Select(o => o.Code).ToList();
            main = "reply " + Codes(substantive);
        }

        var specials = scale.Options.Where(o => o.Missing || scale.Type == ScaleType.Number)
            .Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Code} for {o.Label.ToLowerInvariant()}"))
            .ToList();
        return specials.Count == 0 ? main : $"{main}, or {JoinOr(specials)}";
    }

    private static string Codes(List<int> codes)
    {
        if (codes.Count >= 3 && codes.Zip(codes.Skip(1)).All(p => p.Second == p.First + 1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{codes[0]} to {codes[^1]}");
        }

        return JoinOr([.. codes.Select(c => c.ToString(CultureInfo.InvariantCulture))]);
    }

    private static string JoinOr(List<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} or {items[^1]}";
}
