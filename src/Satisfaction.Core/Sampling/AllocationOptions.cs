namespace Satisfaction.Core.Sampling;

/// <summary>Allocation settings of a programme (YAML section <c>allocation</c>).</summary>
public sealed record AllocationOptions
{
    /// <summary>Allocation method; default <see cref="AllocationMethod.TargetPrecision"/>.</summary>
    public AllocationMethod Method { get; init; } = AllocationMethod.TargetPrecision;

    /// <summary>Total cases per draw for proportional, equal and Neyman allocation (0 or more).</summary>
    public int SampleSize { get; init; }

    /// <summary>Expected "at least fairly satisfied" proportion per user group (0 &lt; p &lt; 1); missing groups use <see cref="DefaultExpectedProportion"/>.</summary>
    public IReadOnlyDictionary<string, double> ExpectedProportions { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Expected proportion where none is given per group, and for the whole programme; default 0.8.</summary>
    public double DefaultExpectedProportion { get; init; } = 0.8;

    /// <summary>Target 95% CI half-width as a proportion (0.03 = 3 percentage points).</summary>
    public double TargetHalfWidth { get; init; } = 0.03;

    /// <summary>Confidence level of the target interval; default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Expected response rate, 0 &lt; rr ≤ 1; default 0.5 (telephone, 45-55%).</summary>
    public double ResponseRate { get; init; } = 0.5;

    /// <summary>Expected design effect, at least 1 in practice; default 1.2.</summary>
    public double DesignEffect { get; init; } = 1.2;

    /// <summary>Draws per year the annual target is spread over; default 52 (weekly).</summary>
    public int DrawsPerYear { get; init; } = 52;

    /// <summary>Most cases in one stratum in one draw; null = no cap.</summary>
    public int? MaxPerStratum { get; init; }

    /// <summary>Most cases in one draw (one week) for the programme; null = no cap.</summary>
    public int? MaxPerDraw { get; init; }

    /// <summary>The expected proportion for a user group.</summary>
    public double ExpectedProportionFor(string userGroup) =>
        ExpectedProportions.TryGetValue(userGroup, out var p) ? p : DefaultExpectedProportion;
}
