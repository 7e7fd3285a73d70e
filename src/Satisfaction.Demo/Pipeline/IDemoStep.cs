namespace Satisfaction.Demo.Pipeline;

/// <summary>One step of the demo pipeline; every step is idempotent (re-running changes nothing).</summary>
public interface IDemoStep
{
    /// <summary>Short name shown in the summary.</summary>
    string Name { get; }

    /// <summary>Runs the step against the store in <paramref name="run"/>; null when the step does not apply to the request (not shown).</summary>
    Task<DemoStepResult?> RunAsync(DemoRun run, CancellationToken cancellationToken);
}
