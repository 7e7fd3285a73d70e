namespace Satisfaction.Core.Questionnaires;

/// <summary>Lint checks on piping and SMS lengths.</summary>
internal static class SmsChecks
{
    public static void Run(Questionnaire q, ProblemSink sink)
    {
        var fields = q.Sample.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var question in q.Questions)
        {
            CheckPlaceholders(question, question.Text, question.TextPosition ?? question.Position, "text", fields, sink);
            if (question.Sms is null)
            {
                continue;
            }

            var smsAt = question.SmsPosition ?? question.Position;
            if (!CheckPlaceholders(question, question.Sms, smsAt, "sms", fields, sink))
            {
                continue;
            }

            var longest = new Dictionary<string, string>(StringComparer.Ordinal);
            var complete = true;
            foreach (var (key, _) in Piping.Placeholders(question.Sms))
            {
                var field = fields[key];
                var value = field.Longest ?? field.Values.OrderByDescending(v => v.Length).FirstOrDefault();
                if (value is null)
                {
                    sink.Add(field.Position, $"sample field '{key}' is piped into SMS text (question '{question.Id}') but declares no 'longest' value to check its length");
                    complete = false;
                }
                else
                {
                    longest[key] = value;
                }
            }

            if (!complete)
            {
                continue;
            }

            var message = SmsMessage.Compose(question, q.FindScale(question.ScaleId), longest);
            var size = SmsText.Measure(message);
            if (!size.FitsOnePart)
            {
                var encoding = size.Encoding == SmsEncoding.Gsm7 ? "GSM-7 characters" : "UCS-2 characters (the text has characters outside GSM-7)";
                sink.Add(smsAt, $"SMS for question '{question.Id}' is {size.Units} {encoding} with the longest sample values and the reply hint; one part holds {size.SinglePartLimit}");
            }
        }
    }

    private static bool CheckPlaceholders(Question question, string text, SourcePosition at, string key, Dictionary<string, SampleField> fields, ProblemSink sink)
    {
        var ok = true;
        foreach (var (bad, _) in Piping.MalformedPlaceholders(text))
        {
            sink.Add(at, $"question '{question.Id}' {key} has '{bad}', which is not a placeholder of the form {{sample.KEY}}");
            ok = false;
        }

        foreach (var (name, _) in Piping.Placeholders(text))
        {
            if (!fields.ContainsKey(name))
            {
                sink.Add(at, $"question '{question.Id}' {key} pipes in sample.{name}, which is not declared under 'sample'");
                ok = false;
            }
        }

        return ok;
    }
}
