namespace Satisfaction.Core.Fieldwork;

/// <summary>Part of the day of a call, in UK local time (boundaries from <see cref="RecallOptions"/>).</summary>
public enum DayPart
{
    /// <summary>Before <see cref="RecallOptions.AfternoonStarts"/> (default 12:00).</summary>
    Morning,

    /// <summary>From <see cref="RecallOptions.AfternoonStarts"/> to <see cref="RecallOptions.EveningStarts"/> (default 12:00-17:00).</summary>
    Afternoon,

    /// <summary>From <see cref="RecallOptions.EveningStarts"/> (default 17:00).</summary>
    Evening,
}
