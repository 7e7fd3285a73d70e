namespace Satisfaction.Application.Ringback;

/// <summary>Settings of the telephone ring-back queue and console: configuration section <c>Ringback</c>.</summary>
public sealed class RingbackOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Ringback";

    /// <summary>Minutes without a key after which a handler's lock lapses and another handler may take the case (<c>Ringback:LockMinutes</c>, 1 to 480; default 15).</summary>
    public int LockMinutes { get; set; } = 15;

    /// <summary>Attempts after which a victim case without a final outcome is closed (<c>Ringback:MaxAttempts</c>, 1 or more; default 6). RDD numbers use <c>Rdd:MaxCallAttempts</c>.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Least minutes between two attempts of a case (<c>Ringback:MinimumGapMinutes</c>, 0 or more; default 120). Appointments are exempt.</summary>
    public int MinimumGapMinutes { get; set; } = 120;

    /// <summary>
    /// Within-household selection for RDD interviews (<c>Ringback:HouseholdSelection</c>): <c>next_birthday</c>
    /// (default; the person answering says who has the next birthday) or <c>kish_grid</c> (the console takes the
    /// roster and applies the Kish table stored with the number).
    /// </summary>
    public string HouseholdSelection { get; set; } = "next_birthday";

    /// <summary>
    /// True (default) when victims with a mobile number are surveyed by SMS first: their cases wait as
    /// <c>awaiting_sms</c> until the SMS side hands them over. False: every victim with a number is called
    /// (<c>Ringback:SmsFirst</c>).
    /// </summary>
    public bool SmsFirst { get; set; } = true;

    /// <summary>Programme codes surveyed by telephone only, e.g. <c>asb</c> (<c>Ringback:TelephoneProgrammes</c>; default none).</summary>
    public List<string> TelephoneProgrammes { get; set; } = [];

    /// <summary>Expected share of cases that complete, (0, 1], for the supervisor's target per stratum (<c>Ringback:TargetResponseRate</c>; default 0.5).</summary>
    public double TargetResponseRate { get; set; } = 0.5;

    /// <summary>
    /// QA ring-backs a week (<c>Ringback:QaCasesPerWeek</c>, 0 to 100; default 5): victims whose survey interview was
    /// completed are drawn at random (seeded by the week) onto the supervisors' QA queue, up to this many per UK week.
    /// </summary>
    public int QaCasesPerWeek { get; set; } = 5;

    /// <summary>Questionnaire of QA ring-backs (<c>Ringback:QaQuestionnaire</c>; default <c>qa-ringback</c>).</summary>
    public string QaQuestionnaire { get; set; } = "qa-ringback";

    /// <summary>
    /// Folder of the questionnaire files (<c>Ringback:QuestionnairesPath</c>); null: <c>questionnaires</c> in the
    /// working folder, else the copy shipped beside the program.
    /// </summary>
    public string? QuestionnairesPath { get; set; }

    /// <summary>
    /// Changes to the re-call table by outcome code (<c>Ringback:Rules:no_answer:DelayMinutes</c> = 60, ...): any of
    /// <c>RddDisposition</c>, <c>VictimDisposition</c>, <c>Final</c>, <c>DelayMinutes</c>, <c>ChangeDayPart</c>.
    /// Outcomes not named keep the default row.
    /// </summary>
    public Dictionary<string, RecallRuleSetting> Rules { get; set; } = new(StringComparer.Ordinal);
}
