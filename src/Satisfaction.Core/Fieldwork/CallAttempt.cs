namespace Satisfaction.Core.Fieldwork;

/// <summary>One telephone attempt of a case as the planner needs it (no personal data).</summary>
/// <param name="At">When the call was made (any offset).</param>
/// <param name="Outcome">What the handler recorded.</param>
/// <param name="AppointmentAt">The agreed time of the next call; required when <paramref name="Outcome"/> is an appointment, else null.</param>
public sealed record CallAttempt(DateTimeOffset At, CallOutcome Outcome, DateTimeOffset? AppointmentAt = null);
