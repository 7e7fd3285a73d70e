namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>Limits of <see cref="Trimming"/>, as R <c>trimWeights(design, upper, lower, strict)</c>.</summary>
public sealed record TrimmingOptions
{
    /// <summary>Largest allowed weight; default +infinity.</summary>
    public double Upper { get; init; } = double.PositiveInfinity;

    /// <summary>Smallest allowed weight; default -infinity (no lower limit).</summary>
    public double Lower { get; init; } = double.NegativeInfinity;

    /// <summary>Repeat until no weight is outside the limits (R's <c>strict = TRUE</c>); otherwise trim once.</summary>
    public bool Strict { get; init; }

    /// <summary>Safety cap on strict rounds (default 10,000); each round shrinks the excess geometrically.</summary>
    public int MaxRounds { get; init; } = 10_000;
}
