namespace Satisfaction.Data.Analysis;

/// <summary>
/// Ordinals of the columns of <see cref="IAnalysisQueries.Responses"/>, one row per interview in id order.
/// Instants are UTC ticks; the answers come packed in one text (see <see cref="Answers"/>).
/// </summary>
public static class ResponseColumn
{
    /// <summary>Interview id (integer).</summary>
    public const int InterviewId = 0;

    /// <summary>Sampled case id, null for RDD.</summary>
    public const int SampledCaseId = 1;

    /// <summary>RDD number id, null for a victim case.</summary>
    public const int RddNumberId = 2;

    /// <summary>Questionnaire id.</summary>
    public const int QuestionnaireId = 3;

    /// <summary>Mode code (phone, sms, web).</summary>
    public const int Mode = 4;

    /// <summary>Start instant (UTC ticks).</summary>
    public const int StartedAt = 5;

    /// <summary>Completion instant (UTC ticks), null when not completed.</summary>
    public const int CompletedAt = 6;

    /// <summary>Programme code of a victim case, else null.</summary>
    public const int Programme = 7;

    /// <summary>User group of a victim case, else null.</summary>
    public const int UserGroup = 8;

    /// <summary>Division code of a victim case, else null.</summary>
    public const int Division = 9;

    /// <summary>Sampling stratum of a victim case, else null.</summary>
    public const int Stratum = 10;

    /// <summary>Draw id of a victim case, else null.</summary>
    public const int DrawId = 11;

    /// <summary>Design weight of a victim case, else null.</summary>
    public const int DesignWeight = 12;

    /// <summary>Release month of an RDD number (text starting yyyy-MM), else null.</summary>
    public const int RddMonth = 13;

    /// <summary>Division code of an RDD number's bank, null when none.</summary>
    public const int RddDivision = 14;

    /// <summary>
    /// The coded answers packed in one text, null when none were read: <c>question_id</c>, the unit separator
    /// (U+001F), the code, and between answers the record separator (U+001E), in no particular order.
    /// Answers without a code (free text only) are left out.
    /// </summary>
    public const int Answers = 15;

    /// <summary>Separates a question id from its code in <see cref="Answers"/>.</summary>
    public const char CodeSeparator = '\u001f';

    /// <summary>Separates two answers in <see cref="Answers"/>.</summary>
    public const char AnswerSeparator = '\u001e';
}
