namespace Satisfaction.Core.Questionnaires;

/// <summary>A parsed questionnaire definition (format <c>satisfaction-questionnaire/1</c>).</summary>
/// <param name="FileName">File name the definition was read from, for messages.</param>
/// <param name="Id">Questionnaire id (e.g. <c>uss-burglary</c>).</param>
/// <param name="Version">The questionnaire's own version (e.g. <c>2026.1</c>); stored with every interview.</param>
/// <param name="Title">Title.</param>
/// <param name="Language">Language tag (e.g. <c>en-GB</c>).</param>
/// <param name="Sample">Declared sample fields.</param>
/// <param name="Scales">Answer scales.</param>
/// <param name="Blocks">Blocks of questions in order.</param>
/// <param name="Measures">Reported measures.</param>
public sealed record Questionnaire(
    string FileName,
    string Id,
    string Version,
    string Title,
    string Language,
    IReadOnlyList<SampleField> Sample,
    IReadOnlyList<AnswerScale> Scales,
    IReadOnlyList<QuestionBlock> Blocks,
    IReadOnlyList<Measure> Measures)
{
    /// <summary>The format identifier this model reads.</summary>
    public const string FormatName = "satisfaction-questionnaire/1";

    // Lookups are built on first use and rebuilt if a `with` expression replaced Blocks or Scales.
    private (IReadOnlyList<QuestionBlock> Source, List<Question> List, Dictionary<string, Question> ById)? questionCache;
    private (IReadOnlyList<AnswerScale> Source, Dictionary<string, AnswerScale> ById)? scaleCache;

    /// <summary>Notes on provenance (which wordings are the service's own), or null.</summary>
    public string? Notes { get; init; }

    /// <summary>All questions in document order.</summary>
    public IReadOnlyList<Question> Questions => QuestionLookup().List;

    /// <summary>The question with this id, or null. When ids are duplicated, the first wins.</summary>
    public Question? FindQuestion(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return QuestionLookup().ById.GetValueOrDefault(id);
    }

    /// <summary>The scale with this id, or null. When ids are duplicated, the first wins.</summary>
    public AnswerScale? FindScale(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (scaleCache is not { } cache || !ReferenceEquals(cache.Source, Scales))
        {
            var map = new Dictionary<string, AnswerScale>(StringComparer.Ordinal);
            foreach (var s in Scales)
            {
                map.TryAdd(s.Id, s);
            }

            cache = (Scales, map);
            scaleCache = cache;
        }

        return cache.ById.GetValueOrDefault(id);
    }

    /// <summary>The block with this id, or null.</summary>
    public QuestionBlock? FindBlock(string id) => Blocks.FirstOrDefault(b => string.Equals(b.Id, id, StringComparison.Ordinal));

    /// <summary>The scale of a question; throws when the scale is unknown (lint the definition first).</summary>
    public AnswerScale ScaleOf(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return FindScale(question.ScaleId)
            ?? throw new InvalidOperationException($"Question '{question.Id}' uses unknown scale '{question.ScaleId}'.");
    }

    private (IReadOnlyList<QuestionBlock> Source, List<Question> List, Dictionary<string, Question> ById) QuestionLookup()
    {
        if (questionCache is { } cache && ReferenceEquals(cache.Source, Blocks))
        {
            return cache;
        }

        var list = Blocks.SelectMany(b => b.Questions).ToList();
        var map = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var q in list)
        {
            map.TryAdd(q.Id, q);
        }

        cache = (Blocks, list, map);
        questionCache = cache;
        return cache;
    }
}
