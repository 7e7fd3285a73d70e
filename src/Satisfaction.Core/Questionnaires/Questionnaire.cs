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

    private Dictionary<string, Question>? questionsById;
    private Dictionary<string, AnswerScale>? scalesById;
    private List<Question>? questions;

    /// <summary>Notes on provenance (which wordings are the service's own), or null.</summary>
    public string? Notes { get; init; }

    /// <summary>All questions in document order.</summary>
    public IReadOnlyList<Question> Questions => questions ??= [.. Blocks.SelectMany(b => b.Questions)];

    /// <summary>The question with this id, or null. When ids are duplicated, the first wins.</summary>
    public Question? FindQuestion(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (questionsById is null)
        {
            var map = new Dictionary<string, Question>(StringComparer.Ordinal);
            foreach (var q in Questions)
            {
                map.TryAdd(q.Id, q);
            }

            questionsById = map;
        }

        return questionsById.GetValueOrDefault(id);
    }

    /// <summary>The scale with this id, or null. When ids are duplicated, the first wins.</summary>
    public AnswerScale? FindScale(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (scalesById is null)
        {
            var map = new Dictionary<string, AnswerScale>(StringComparer.Ordinal);
            foreach (var s in Scales)
            {
                map.TryAdd(s.Id, s);
            }

            scalesById = map;
        }

        return scalesById.GetValueOrDefault(id);
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
}
