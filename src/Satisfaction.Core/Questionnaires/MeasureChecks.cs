namespace Satisfaction.Core.Questionnaires;

/// <summary>Lint checks on measures: the question exists and is coded, and the codes are on its scale.</summary>
internal static class MeasureChecks
{
    public static void Run(Questionnaire q, ProblemSink sink)
    {
        foreach (var measure in q.Measures)
        {
            if (measure.QuestionId.Length == 0)
            {
                continue;
            }

            if (q.FindQuestion(measure.QuestionId) is not { } question)
            {
                sink.Add(measure.QuestionPosition ?? measure.Position, $"measure '{measure.Id}' names unknown question '{measure.QuestionId}'");
                continue;
            }

            if (q.FindScale(question.ScaleId) is not { } scale)
            {
                continue;
            }

            if (scale.Type != ScaleType.Choice)
            {
                sink.Add(measure.QuestionPosition ?? measure.Position, $"measure '{measure.Id}' names question '{question.Id}', whose scale '{scale.Id}' is not a choice scale");
                continue;
            }

            var satisfiedOff = measure.Satisfied.Where(c => scale.FindOption(c) is null).ToList();
            if (satisfiedOff.Count > 0)
            {
                sink.Add(measure.SatisfiedPosition ?? measure.Position, $"measure '{measure.Id}': satisfied code(s) {string.Join(", ", satisfiedOff)} not on scale '{scale.Id}' of question '{question.Id}'");
            }

            var validOff = measure.Valid.Where(c => scale.FindOption(c) is null).ToList();
            if (validOff.Count > 0)
            {
                sink.Add(measure.ValidPosition ?? measure.Position, $"measure '{measure.Id}': valid code(s) {string.Join(", ", validOff)} not on scale '{scale.Id}' of question '{question.Id}'");
            }

            var notValid = measure.Satisfied.Where(c => !measure.Valid.Contains(c) && scale.FindOption(c) is not null).ToList();
            if (notValid.Count > 0)
            {
                sink.Add(measure.SatisfiedPosition ?? measure.Position, $"measure '{measure.Id}': satisfied code(s) {string.Join(", ", notValid)} are not among its valid codes");
            }
        }
    }
}
