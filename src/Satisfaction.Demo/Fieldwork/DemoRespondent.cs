using System.Globalization;
using Satisfaction.Core.Questionnaires;
using Satisfaction.Core.Randomness;
using Satisfaction.Demo.Synthetic;

namespace Satisfaction.Demo.Fieldwork;

/// <summary>
/// How a simulated victim or household answers a question, on any channel. For a question that scores a measure the
/// answer is satisfied with the measure's true rate for the respondent's cell, decided once per respondent and
/// measure (so SMS and telephone agree), with a few "don't know"s; other questions get a plausible answer (mostly
/// the first substantive option, which also means consent and screening questions are mostly passed).
/// </summary>
internal sealed class DemoRespondent(long seed, DemoTrueRates truth, string kind, long id, string userGroup, string division)
{
    private static readonly string[] Comments = ["Nobody called me back", "They never told me what happened", "It took too long", "Officer was rude"];

    /// <summary>A generator for one decision of this respondent, seeded by (seed, kind, id, purpose, n).</summary>
    public SeededRandom Random(string purpose, long n = 0) =>
        new(DemoCrimeGenerator.Mix(DemoCrimeGenerator.Mix(DemoCrimeGenerator.Mix(seed, Hash(kind + ":" + purpose)), id), n));

    /// <summary>The answer to <paramref name="question"/> (never a code the scale refuses).</summary>
    public Answer AnswerTo(Questionnaire questionnaire, Question question, AnswerScale scale)
    {
        var rng = Random("q:" + question.Id);
        var measure = questionnaire.Measures.FirstOrDefault(m => m.QuestionId == question.Id);
        if (measure is not null && truth.Rate(measure.Id, userGroup, division) is { } p)
        {
            var missing = scale.Options.Where(o => o.Missing).Select(o => o.Code).ToList();
            if (missing.Count > 0 && rng.NextDouble() < 0.03)
            {
                return Answer.OfCode(question.Id, missing[0]);
            }

            // The latent answer: its own generator, so the same respondent is satisfied or not on every channel.
            var satisfied = Random("m:" + measure.Id).NextDouble() < p;
            var codes = satisfied ? [.. measure.Satisfied] : measure.Valid.Where(c => !measure.Satisfied.Contains(c)).ToList();
            codes = [.. codes.Where(scale.Accepts)];
            if (codes.Count > 0)
            {
                return Answer.OfCode(question.Id, codes[rng.NextInt32(codes.Count)]);
            }
        }

        switch (scale.Type)
        {
            case ScaleType.Text:
                // A short field (a postcode district) gets a dummy district; a comment gets a comment.
                var text = scale.MaxLength is < 20 ? "ZZ9" : Comments[rng.NextInt32(Comments.Length)];
                return Answer.OfText(question.Id, scale.MaxLength is { } longest && text.Length > longest ? text[..longest] : text);
            case ScaleType.Number:
                var min = scale.Min ?? 1;
                var max = Math.Min(scale.Max ?? min + 3, min + 3);
                return Answer.OfCode(question.Id, min + rng.NextInt32(max - min + 1));
            default:
                var substantive = scale.Options.Where(o => !o.Missing).ToList();
                if (question.Id == "household")
                {
                    // A tenth of the numbers that answer are a business: not eligible.
                    return Answer.OfCode(question.Id, rng.NextDouble() < 0.9 ? substantive[0].Code : substantive[^1].Code);
                }

                if (question.Id == "selection")
                {
                    return Answer.OfCode(question.Id, rng.NextDouble() < 0.6 ? 1 : 2);
                }

                var option = rng.NextDouble() < 0.85 || substantive.Count == 1 ? substantive[0] : substantive[1 + rng.NextInt32(substantive.Count - 1)];
                return Answer.OfCode(question.Id, option.Code);
        }
    }

    /// <summary>The text a victim sends to give <paramref name="answer"/>: the code, its label or an alias, spaced as people type.</summary>
    public static string SmsText(Answer answer, AnswerScale scale, SeededRandom rng)
    {
        if (answer.Code is not { } code)
        {
            return answer.Text ?? string.Empty;
        }

        var option = scale.FindOption(code);
        var u = rng.NextDouble();
        if (option is not null && u < 0.25)
        {
            return option.Aliases.Count > 0 && u < 0.1 ? option.Aliases[0] : option.Label;
        }

        var digits = code.ToString(CultureInfo.InvariantCulture);
        return u < 0.4 ? "  " + digits + " " : digits;
    }

    private static long Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
