namespace Satisfaction.Application.Scores;

/// <summary>
/// Which interviews count as a response: a completed interview, or a partial one (broken off or still open)
/// with a coded answer to at least one measure question of its questionnaire, dated (completion, else start,
/// UK local date) on or before the as-of date. A case (sampled victim or RDD number) counts once: its first
/// completed interview, else its latest partial one.
/// </summary>
public static class CountedInterviews
{
    /// <summary>True when the interview is a complete or partial response dated on or before <paramref name="asOf"/>.</summary>
    public static bool Qualifies(ResponseRecord record, MeasureCatalog catalog, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(catalog);
        if (record.InterviewDate > asOf)
        {
            return false;
        }

        return record.Completed || catalog.Get(record.QuestionnaireId).Measures
            .Any(m => record.Answers.TryGetValue(m.QuestionId, out var code) && code is not null);
    }

    /// <summary>The one interview of a case that counts, from its qualifying interviews.</summary>
    public static ResponseRecord Choose(IReadOnlyCollection<ResponseRecord> ofOneCase)
    {
        ArgumentNullException.ThrowIfNull(ofOneCase);
        return ofOneCase.Where(r => r.Completed).MinBy(r => r.InterviewId) ?? ofOneCase.MaxBy(r => r.InterviewId)!;
    }

    /// <summary>The counted interview of every case, from all qualifying interviews.</summary>
    public static List<ResponseRecord> ChooseAll(IEnumerable<ResponseRecord> qualifying) =>
        [.. qualifying.GroupBy(r => r.CaseKey, StringComparer.Ordinal).Select(g => Choose(g.ToList())).OrderBy(r => r.InterviewId)];
}
