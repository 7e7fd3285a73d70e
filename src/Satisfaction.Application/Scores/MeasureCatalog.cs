using System.Globalization;
using Satisfaction.Application.Questionnaires;
using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Application.Scores;

/// <summary>
/// The questionnaires the interviews follow, loaded once per id from a folder: their measures (question,
/// satisfied codes, valid codes) and their questions, for scoring and for the export's columns.
/// </summary>
public sealed class MeasureCatalog(QuestionnaireLibrary library, string folder)
{
    private readonly Dictionary<string, Questionnaire> _loaded = new(StringComparer.Ordinal);

    /// <summary>The folder the questionnaires are read from.</summary>
    public string Folder { get; } = folder;

    /// <summary>The questionnaire with this id (cached).</summary>
    /// <exception cref="Satisfaction.Core.InvalidInputException">No questionnaire with the id, or it does not lint clean.</exception>
    public Questionnaire Get(string questionnaireId)
    {
        if (!_loaded.TryGetValue(questionnaireId, out var q))
        {
            q = library.Load(Folder, Folder, questionnaireId);
            _loaded.Add(questionnaireId, q);
        }

        return q;
    }

    /// <summary>
    /// 1 when the stored code (the questionnaire's numeric code as text) is a satisfied code of the measure,
    /// 0 when it is valid but not satisfied, NaN when not valid, missing or not a number.
    /// </summary>
    public static double Indicator(Measure measure, string? code)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (code is null || !int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) || !measure.Valid.Contains(c))
        {
            return double.NaN;
        }

        return measure.Satisfied.Contains(c) ? 1.0 : 0.0;
    }
}
