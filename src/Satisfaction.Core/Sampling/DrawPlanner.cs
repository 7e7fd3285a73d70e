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
        var picked = new List<(IncidentRecord Record, EligibilityOutcome Outcome)>();
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
                picked.Add((record, outcome));
            }
        }

        // Canonical order: crime ref, ordinal (sorting keys with an index array is much faster than a delegate sort).
        var keys = new string[picked.Count];
        var order = new int[picked.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = picked[i].Record.CrimeRef;
            order[i] = i;
        }

        Array.Sort(keys, order, StringComparer.Ordinal);
        var result = new (IncidentRecord Record, EligibilityOutcome Outcome)[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            if (i > 0 && string.Equals(keys[i], keys[i - 1], StringComparison.Ordinal))
            {
                throw new ArgumentException($"Crime ref '{keys[i]}' appears twice.", nameof(records));
            }

            result[i] = picked[order[i]];
        }

        return result;
    }
}
