namespace Satisfaction.Core.Benchmarking;

/// <summary>Settings of <see cref="MsgBenchmark"/>.</summary>
public sealed record BenchmarkOptions
{
    /// <summary>Which MSG average is the headline and is tested (default the mean of forces).</summary>
    public MsgAverageMethod Method { get; init; } = MsgAverageMethod.MeanOfForces;

    /// <summary>Confidence level of the test (default 0.95: significant when p &lt; 0.05). Strictly between 0 and 1.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Confidence level of the published intervals, used to turn them into standard errors (default 0.95).</summary>
    public double IntervalLevel { get; init; } = 0.95;
}
