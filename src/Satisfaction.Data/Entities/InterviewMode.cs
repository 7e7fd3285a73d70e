namespace Satisfaction.Data.Entities;

/// <summary>How an interview is conducted.</summary>
public enum InterviewMode
{
    /// <summary>Interviewer on the telephone (ring-back / CATI).</summary>
    Phone = 0,

    /// <summary>Questions and answers by text message.</summary>
    Sms = 1,

    /// <summary>Self-completion on the web (SMS invitation with a link).</summary>
    Web = 2,
}
