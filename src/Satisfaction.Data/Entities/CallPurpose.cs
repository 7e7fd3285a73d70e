namespace Satisfaction.Data.Entities;

/// <summary>What a telephone case is for: the survey, or a supervisor's quality-assurance ring-back.</summary>
public enum CallPurpose
{
    /// <summary>The survey interview (answers in <c>interviews</c>/<c>answers</c>, attempts in <c>contact_attempts</c>).</summary>
    Survey = 0,

    /// <summary>A QA ring-back (answers in <c>qa_interviews</c>/<c>qa_answers</c>, attempts in <c>qa_attempts</c>).</summary>
    Qa = 1,
}
