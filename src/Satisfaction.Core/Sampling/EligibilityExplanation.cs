namespace Satisfaction.Core.Sampling;

/// <summary>The outcome for a record together with every rule checked, in precedence order.</summary>
/// <param name="CrimeRef">The record.</param>
/// <param name="Outcome">The verdict (the first failing rule gives the reason).</param>
/// <param name="Checks">Every rule checked, passed or failed, in precedence order.</param>
public sealed record EligibilityExplanation(string CrimeRef, EligibilityOutcome Outcome, IReadOnlyList<RuleCheck> Checks);
