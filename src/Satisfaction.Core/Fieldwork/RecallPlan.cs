using Satisfaction.Core.Rdd;

namespace Satisfaction.Core.Fieldwork;

/// <summary>The planner's answer for one case: when it may next be called, or that it is closed and how.</summary>
/// <param name="Closed">True when the case needs no more calls.</param>
/// <param name="NextCallAt">When the case may next be called (UK local offset); null when closed.</param>
/// <param name="IsAppointment">True when <paramref name="NextCallAt"/> keeps an appointment.</param>
/// <param name="Disposition">
/// The case's AAPOR disposition now: the final one when closed, otherwise the interim one the case would close
/// with (<see cref="RecallPlanner.Disposition"/>), <c>3.11</c> before any attempt.
/// </param>
/// <param name="Outcome">The outcome-rate symbol of <paramref name="Disposition"/>.</param>
/// <param name="AttemptsMade">Attempts so far.</param>
/// <param name="Reason">One culture-invariant sentence saying why (no personal data).</param>
public sealed record RecallPlan(
    bool Closed,
    DateTimeOffset? NextCallAt,
    bool IsAppointment,
    string Disposition,
    AaporOutcome Outcome,
    int AttemptsMade,
    string Reason);
