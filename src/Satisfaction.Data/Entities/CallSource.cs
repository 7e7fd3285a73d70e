namespace Satisfaction.Data.Entities;

/// <summary>Why a case is on the telephone queue (reported by the supervisor view).</summary>
public enum CallSource
{
    /// <summary>A victim of a programme surveyed by telephone only.</summary>
    TelephoneProgramme = 0,

    /// <summary>A victim whose only number is a landline (cannot be texted).</summary>
    LandlineOnly = 1,

    /// <summary>A victim with a mobile, surveyed by SMS first (status <c>awaiting_sms</c> until the SMS side hands it over).</summary>
    SmsFirst = 6,

    /// <summary>A victim who did not answer the SMS survey (set by the SMS side).</summary>
    SmsNonResponse = 2,

    /// <summary>A victim whose number could not take texts (set by the SMS side).</summary>
    SmsUndeliverable = 3,

    /// <summary>A released RDD number of the public-confidence survey.</summary>
    Rdd = 4,

    /// <summary>A quality-assurance ring-back of a victim (answers kept apart from the survey).</summary>
    QaRingback = 5,
}
