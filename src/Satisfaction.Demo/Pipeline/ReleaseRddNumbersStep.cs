using System.Globalization;
using Satisfaction.Application.Rdd;

namespace Satisfaction.Demo.Pipeline;

/// <summary>
/// Without fieldwork (<see cref="DemoRequest.Fieldwork"/> false): releases the as-of month's RDD numbers for the public-confidence survey from the demo banks (Ofcom drama
/// ranges only), which it stores as the demo force's configured banks (so a later <c>rdd release</c> without
/// <c>--banks</c> uses them). Idempotent: the release planner releases nothing more while the month's replicates
/// are still being worked.
/// </summary>
public sealed class ReleaseRddNumbersStep : IDemoStep
{
    /// <inheritdoc />
    public string Name => "rdd release";

    /// <inheritdoc />
    public async Task<DemoStepResult?> RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Request.Fieldwork)
        {
            return null; // the fieldwork draws and releases on its own clock
        }

        var result = await new RddReleaseService(run.Db, run.Time)
            .ReleaseAsync(run.ForceId, run.Request.AsOf, DemoNumberBanks.Load(), cancellationToken: cancellationToken).ConfigureAwait(false);
        run.Db.ChangeTracker.Clear();
        return new DemoStepResult(Name, string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Month:yyyy-MM}: {result.NumbersReleased} numbers released in {result.ReplicateNumbers.Count} replicate(s) (seed {result.Seed}); {result.Decision.Explanation}"));
    }
}
