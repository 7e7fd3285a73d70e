namespace Satisfaction.Core.Fieldwork;

/// <summary>
/// One row of the re-call table: what an attempt's outcome means for the case (as queXS's outcome table does).
/// </summary>
/// <param name="Outcome">The outcome the handler recorded.</param>
/// <param name="RddDisposition">AAPOR RDD code recorded for an RDD number, e.g. <c>3.13</c>.</param>
/// <param name="VictimDisposition">AAPOR code recorded for a named victim, e.g. <c>2.20</c>.</param>
/// <param name="Final">True when the outcome closes the case.</param>
/// <param name="Delay">Least time before the next call (0 or more); the planner also applies the minimum gap.</param>
/// <param name="ChangeDayPart">True when the next call must be in a different part of the day from this one.</param>
/// <param name="Description">A short label for the console and reports.</param>
public sealed record RecallRule(
    CallOutcome Outcome,
    string RddDisposition,
    string VictimDisposition,
    bool Final,
    TimeSpan Delay,
    bool ChangeDayPart,
    string Description)
{
    /// <summary>The AAPOR code this outcome records for a case of <paramref name="kind"/>.</summary>
    public string DispositionFor(CaseKind kind) => kind == CaseKind.Rdd ? RddDisposition : VictimDisposition;
}
