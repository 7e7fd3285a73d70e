namespace Satisfaction.Core.Questionnaires;

/// <summary>Where an interview stands.</summary>
public enum InterviewStatus
{
    /// <summary>A question is waiting for its answer.</summary>
    InProgress,

    /// <summary>Routing reached the end; every relevant question was answered.</summary>
    Completed,

    /// <summary>The respondent opted out (e.g. replied STOP) or broke off; no more questions are sent.</summary>
    Stopped,
}
