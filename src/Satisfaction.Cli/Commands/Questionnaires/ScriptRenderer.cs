using System.Globalization;
using System.Text;
using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Cli.Commands.Questionnaires;

/// <summary>Renders a questionnaire as a call handler's script: blocks, piped question text, options with codes, routing notes.</summary>
internal static class ScriptRenderer
{
    public static string Render(Questionnaire q, IReadOnlyDictionary<string, string> sample)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"{q.Title}");
        sb.AppendLine(inv, $"{q.Id} version {q.Version} ({q.Language}), {q.Questions.Count} questions");
        var number = 0;
        foreach (var block in q.Blocks)
        {
            sb.AppendLine();
            sb.AppendLine(inv, $"== {block.Title} ==");
            if (block.Relevant is { } blockRelevant)
            {
                sb.AppendLine(inv, $"Ask this section only if: {blockRelevant.Source}{Gloss(blockRelevant, q)}");
            }

            foreach (var question in block.Questions)
            {
                number++;
                var scale = q.ScaleOf(question);
                sb.AppendLine();
                sb.AppendLine(inv, $"Q{number}. [{question.Id}]");
                if (question.Relevant is { } relevant)
                {
                    sb.AppendLine(inv, $"  Ask only if: {relevant.Source}{Gloss(relevant, q)}");
                }

                sb.AppendLine(inv, $"  {Pipe(question.Text, sample)}");
                if (question.Note is { } note)
                {
                    sb.AppendLine(inv, $"  (Interviewer: {note})");
                }

                if (question.Sms is { } sms)
                {
                    sb.AppendLine(inv, $"  SMS: {Pipe(sms, sample)}");
                }

                AppendAnswers(sb, scale);
                foreach (var route in question.Routes)
                {
                    var where = route.EndsInterview ? "end the interview" : $"go to [{route.Target}]";
                    sb.AppendLine(route.When is { } when ? $"  Routing: if {when.Source}, {where}.{Gloss(when, q)}" : $"  Routing: then {where}.");
                }
            }
        }

        if (q.Measures.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("== Measures reported ==");
            foreach (var m in q.Measures)
            {
                sb.AppendLine(inv, $"  {m.Title}: [{m.QuestionId}] satisfied {string.Join(", ", m.Satisfied)} of valid {string.Join(", ", m.Valid)}");
            }
        }

        return sb.ToString();
    }

    private static void AppendAnswers(StringBuilder sb, AnswerScale scale)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (scale.Type)
        {
            case ScaleType.Text:
                sb.AppendLine(scale.MaxLength is { } max ? $"    (record verbatim, up to {max.ToString(inv)} characters)" : "    (record verbatim)");
                break;
            case ScaleType.Number:
                sb.AppendLine(inv, $"    (a whole number from {scale.Min} to {scale.Max})");
                break;
            default:
                break;
        }

        foreach (var option in scale.Options)
        {
            sb.AppendLine(inv, $"    {option.Code,3}  {option.Label}{(option.Missing ? "  (do not read out)" : string.Empty)}");
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
