namespace Satisfaction.Demo.Pipeline;

/// <summary>
/// <c>satisfaction demo</c> as an ordered list of idempotent steps: the force and its programmes, a synthetic
/// year of recorded crime, the weekly victim draws over that year and the month's RDD release; later waves
/// append fieldwork and reporting steps.
/// </summary>
public sealed class DemoPipeline(IReadOnlyList<IDemoStep> steps)
{
    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<IDemoStep> Steps { get; } = steps;

    /// <summary>The standard pipeline.</summary>
    public static DemoPipeline CreateDefault() => new([new EnsureDemoForceStep(), new StoreDemoCrimesStep(), new DrawWeeklySamplesStep(), new ReleaseRddNumbersStep()]);

    /// <summary>Runs every step in order and returns what each did.</summary>
    public async Task<IReadOnlyList<DemoStepResult>> RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var results = new List<DemoStepResult>(Steps.Count);
        foreach (var step in Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(await step.RunAsync(run, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }
}
