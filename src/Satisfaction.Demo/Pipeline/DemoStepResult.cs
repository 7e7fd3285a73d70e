namespace Satisfaction.Demo.Pipeline;

/// <summary>What one step did, in a line for the summary.</summary>
/// <param name="Step">The step's name.</param>
/// <param name="Summary">One line, no personal data.</param>
public sealed record DemoStepResult(string Step, string Summary)
{
    /// <summary>Wall-clock time the step took (set by the pipeline).</summary>
    public TimeSpan Elapsed { get; init; }
}
