namespace Satisfaction.Core.Fieldwork;

/// <summary>Settings of <see cref="RecallPlanner"/>: how often and when a telephone case is tried.</summary>
public sealed record RecallOptions
{
    /// <summary>Attempts after which a case without a final outcome is closed (default 6, at least 1).</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>Least time between two attempts of a case (default 2 hours, 0 or more); appointments are exempt.</summary>
    public TimeSpan MinimumGap { get; init; } = TimeSpan.FromHours(2);

    /// <summary>
    /// Attempts beyond <see cref="MaxAttempts"/> allowed to keep an appointment the respondent asked for
    /// (default 2, 0 or more), so an appointment made on the last attempt is still kept.
    /// </summary>
    public int ExtraAttemptsForAppointments { get; init; } = 2;

    /// <summary>UK local time at which the afternoon starts (default 12:00); must be before <see cref="EveningStarts"/>.</summary>
    public TimeOnly AfternoonStarts { get; init; } = new(12, 0);

    /// <summary>UK local time at which the evening starts (default 17:00).</summary>
    public TimeOnly EveningStarts { get; init; } = new(17, 0);

    /// <summary>What is wrong with these settings, one sentence per problem naming its key; empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxAttempts < 1)
        {
            problems.Add($"MaxAttempts: {MaxAttempts} must be 1 or more");
        }

        if (MinimumGap < TimeSpan.Zero)
        {
            problems.Add($"MinimumGap: {MinimumGap} must not be negative");
        }

        if (ExtraAttemptsForAppointments < 0)
        {
            problems.Add($"ExtraAttemptsForAppointments: {ExtraAttemptsForAppointments} must be 0 or more");
        }

        if (AfternoonStarts <= TimeOnly.MinValue || AfternoonStarts >= EveningStarts)
        {
            problems.Add($"AfternoonStarts ({AfternoonStarts:HH\\:mm}) must be after 00:00 and before EveningStarts ({EveningStarts:HH\\:mm})");
        }

        return problems;
    }

    /// <summary>The part of the day of a UK local time.</summary>
    public DayPart PartOf(TimeOnly localTime) =>
        localTime < AfternoonStarts ? DayPart.Morning : localTime < EveningStarts ? DayPart.Afternoon : DayPart.Evening;
}
