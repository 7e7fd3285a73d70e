namespace Satisfaction.Application.Scores;

/// <summary>
/// One interview as the scores and the export read it: the case it belongs to (a sampled victim or an RDD
/// number), the design variables, and the coded answers (question id -> the questionnaire's code as text).
/// Never a phone number, name or crime reference.
/// </summary>
public sealed record ResponseRecord
{
    /// <summary>Interview id.</summary>
    public required long InterviewId { get; init; }

    /// <summary>Sampled case id (USS/ASB), else null.</summary>
    public long? SampledCaseId { get; init; }

    /// <summary>RDD number id (confidence survey), else null.</summary>
    public long? RddNumberId { get; init; }

    /// <summary>Questionnaire id.</summary>
    public required string QuestionnaireId { get; init; }

    /// <summary>Mode code: phone, sms or web.</summary>
    public required string Mode { get; init; }

    /// <summary>UK local date of completion, else of the start.</summary>
    public required DateOnly InterviewDate { get; init; }

    /// <summary>True when the interview completed.</summary>
    public required bool Completed { get; init; }

    /// <summary>Programme code (uss, asb, rdd_confidence).</summary>
    public required string Programme { get; init; }

    /// <summary>User group code; empty for RDD.</summary>
    public required string UserGroup { get; init; }

    /// <summary>Division code; for RDD the number bank's division, empty when unknown.</summary>
    public required string Division { get; init; }

    /// <summary>Sampling stratum (e.g. burglary/EAST); for RDD the release month (yyyy-MM).</summary>
    public required string Stratum { get; init; }

    /// <summary>Draw id; null for RDD.</summary>
    public long? DrawId { get; init; }

    /// <summary>Design weight (1 / inclusion probability); 1 for an RDD number.</summary>
    public required double DesignWeight { get; init; }

    /// <summary>Coded answers by question id (free text is never read).</summary>
    public required IReadOnlyDictionary<string, string?> Answers { get; init; }

    /// <summary>A stable key of the case: <c>case:ID</c> or <c>rdd:ID</c>.</summary>
    public string CaseKey => SampledCaseId is { } c ? "case:" + c.ToString(System.Globalization.CultureInfo.InvariantCulture) : "rdd:" + RddNumberId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
