using Satisfaction.Core.Fieldwork;

namespace Satisfaction.Application.Ringback;

/// <summary>One earlier call of a case, as the case screen lists it.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="Handler">Who called; empty for an attempt recorded without a handler.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Disposition">The AAPOR code recorded.</param>
/// <param name="AppointmentAt">The appointment made, for an appointment (UTC).</param>
public sealed record AttemptLine(DateTimeOffset At, string Handler, CallOutcome Outcome, string Disposition, DateTimeOffset? AppointmentAt);
