namespace Satisfaction.Demo.Pipeline;

/// <summary>
/// <c>satisfaction demo</c> as an ordered list of idempotent steps: the force and its programmes, the synthetic
/// recorded crime, the fieldwork years (draws, RDD releases, SMS and ring-back interviews), the true rates and the
/// report; without fieldwork, one year of recorded crime, its weekly draws and the month's RDD release instead.
/// </summary>
public sealed class DemoPipeline(IReadOnlyList<IDemoStep> steps)
{
    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<IDemoStep> Steps { get; } = steps;

    /// <summary>The standard pipeline on the program's services (the fieldwork and the report need them).</summary>
    public static DemoPipeline CreateDefault(IServiceProvider services) =>
        new([
            new EnsureDemoForceStep(), new StoreDemoCrimesStep(), new DrawWeeklySamplesStep(), new ReleaseRddNumbersStep(),
            new RunFieldworkStep(services), new WriteTrueRatesStep(), new WriteReportStep(services),
        ]);

    /// <summary>Runs every step in order and returns what each step that applies did.</summary>
    public async Task<IReadOnlyList<DemoStepResult>> RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var results = new List<DemoStepResult>(Steps.Count);
        foreach (var step in Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            if (await step.RunAsync(run, cancellationToken).ConfigureAwait(false) is { } result)
            {
                results.Add(result with { Elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started) });
            }
        }

        return results;
    }
}
