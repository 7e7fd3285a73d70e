namespace Satisfaction.Core.Sampling;

/// <summary>
/// Which records a weekly draw at a date considers: every record no earlier draw considered whose report date
/// has reached the youngest edge of its programme's window (records not in scope: of the shortest window).
/// Records older than the window that no draw considered (late imports) are considered too, and excluded as
/// <c>outside_window</c>, so that each record is considered exactly once. Younger records wait for a later draw.
/// </summary>
public static class DrawPlanner
{
    /// <summary>The records to consider with their verdicts, ordered by crime ref (ordinal).</summary>
    public static IReadOnlyList<(IncidentRecord Record, EligibilityOutcome Outcome)> Plan(
        IReadOnlyList<IncidentRecord> records,
        EligibilityEvaluator evaluator,
        EligibilityContext context,
        IReadOnlySet<string> alreadyConsidered)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(alreadyConsidered);
        var shortest = evaluator.Programmes.Count == 0 ? FieldworkWindow.Default.MinDays : evaluator.Programmes.Min(p => p.Window.MinDays);
        var latestOutOfScope = context.AsOf.AddDays(-shortest);
        var result = new List<(IncidentRecord, EligibilityOutcome)>();
        foreach (var record in records)
        {
            if (alreadyConsidered.Contains(record.CrimeRef))
            {
                continue;
            }

            var outcome = evaluator.Evaluate(record, context);
            var notYet = outcome.Programme is { } p
                ? p.Window.Compare(record.ReportDate, context.AsOf) > 0
                : record.ReportDate > latestOutOfScope;
            if (!notYet)
            {
                result.Add((record, outcome));
            }
        }

        result.Sort(static (a, b) => string.CompareOrdinal(a.Item1.CrimeRef, b.Item1.CrimeRef));
        for (var i = 1; i < result.Count; i++)
        {
            if (string.Equals(result[i].Item1.CrimeRef, result[i - 1].Item1.CrimeRef, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Crime ref '{result[i].Item1.CrimeRef}' appears twice.", nameof(records));
            }
        }

        return result;
    }
}
