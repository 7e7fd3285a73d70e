using System.Globalization;
using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Application.Questionnaires;

/// <summary>
/// A questionnaire as a call handler's script, as plain lines (no markup, no line breaks inside a line): blocks,
/// question text with sample values piped in (a value not given shows as <c>[key]</c>), answer options with
/// codes, and routing notes. The lines hold text from the definition and the sample as given: a terminal
/// must escape them before display.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A service taken from the container, so the commands, the SMS adapter and the console share one registration.")]
public sealed class ScriptRenderer
{
    /// <summary>The whole script: title, blocks with their questions, then the measures reported.</summary>
    /// <param name="questionnaire">A clean questionnaire.</param>
    /// <param name="sample">Values to pipe into the text by key (e.g. <c>crime_type</c>); may be empty.</param>
    public IReadOnlyList<string> Render(Questionnaire questionnaire, IReadOnlyDictionary<string, string> sample)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(sample);
        var q = questionnaire;
        var lines = new List<string>
        {
            q.Title,
            string.Create(CultureInfo.InvariantCulture, $"{q.Id} version {q.Version} ({q.Language}), {q.Questions.Count} questions"),
        };
        var number = 0;
        foreach (var block in q.Blocks)
        {
            lines.Add(string.Empty);
            lines.Add($"== {block.Title} ==");
            if (block.Relevant is { } blockRelevant)
            {
                lines.Add($"Ask this section only if: {blockRelevant.Source}{Gloss(blockRelevant, q)}");
            }

            foreach (var question in block.Questions)
            {
                lines.Add(string.Empty);
                lines.AddRange(RenderQuestion(q, question, ++number, sample));
            }
        }

        if (q.Measures.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add("== Measures reported ==");
            foreach (var m in q.Measures)
            {
                lines.Add($"  {m.Title}: [{m.QuestionId}] satisfied {string.Join(", ", m.Satisfied)} of valid {string.Join(", ", m.Valid)}");
            }
        }

        return lines;
    }

    /// <summary>One question as the script shows it: number and id, condition, piped text, note, SMS text, answers, routing.</summary>
    /// <param name="questionnaire">The questionnaire the question belongs to.</param>
    /// <param name="question">The question.</param>
    /// <param name="number">Its number in the script (1-based).</param>
    /// <param name="sample">Values to pipe into the text by key.</param>
    public IReadOnlyList<string> RenderQuestion(Questionnaire questionnaire, Question question, int number, IReadOnlyDictionary<string, string> sample)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sample);
        var q = questionnaire;
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<string> { string.Create(inv, $"Q{number}. [{question.Id}]") };
        if (question.Relevant is { } relevant)
        {
            lines.Add($"  Ask only if: {relevant.Source}{Gloss(relevant, q)}");
        }

        lines.Add($"  {Pipe(question.Text, sample)}");
        if (question.Note is { } note)
        {
            lines.Add($"  (Interviewer: {note})");
        }

        if (question.Sms is { } sms)
        {
            lines.Add($"  SMS: {Pipe(sms, sample)}");
        }

        AddAnswers(lines, q.ScaleOf(question));
        foreach (var route in question.Routes)
        {
            var where = route.EndsInterview ? "end the interview" : $"go to [{route.Target}]";
            lines.Add(route.When is { } when ? $"  Routing: if {when.Source}, {where}.{Gloss(when, q)}" : $"  Routing: then {where}.");
        }

        return lines;
    }

    private static void AddAnswers(List<string> lines, AnswerScale scale)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (scale.Type)
        {
            case ScaleType.Text:
                lines.Add(scale.MaxLength is { } max ? $"    (record verbatim, up to {max.ToString(inv)} characters)" : "    (record verbatim)");
                break;
            case ScaleType.Number:
                lines.Add(string.Create(inv, $"    (a whole number from {scale.Min} to {scale.Max})"));
                break;
            default:
                break;
        }

        foreach (var option in scale.Options)
        {
            lines.Add(string.Create(inv, $"    {option.Code,3}  {option.Label}{(option.Missing ? "  (do not read out)" : string.Empty)}"));
        }
    }

    private static string Gloss(Condition condition, Questionnaire q)
    {
        var labels = condition.CodeLabels(q);
        return labels.Count == 0 ? string.Empty : $"  ({string.Join("; ", labels)})";
    }

    private static string Pipe(string text, IReadOnlyDictionary<string, string> sample)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, _) in Piping.Placeholders(text))
        {
            values[key] = sample.TryGetValue(key, out var v) ? v : $"[{key}]";
        }

        return Piping.Apply(text, values);
    }
}
