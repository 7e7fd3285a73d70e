namespace Satisfaction.Application.Demo;

/// <summary>
/// <c>satisfaction demo</c> as an ordered list of idempotent steps: today the force and its programmes,
/// then a synthetic year of recorded crime; later waves append sampling, fieldwork and reporting steps.
/// </summary>
public sealed class DemoPipeline(IReadOnlyList<IDemoStep> steps)
{
    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<IDemoStep> Steps { get; } = steps;

    /// <summary>The standard pipeline.</summary>
    public static DemoPipeline CreateDefault() => new([new EnsureDemoForceStep(), new StoreDemoCrimesStep()]);

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
