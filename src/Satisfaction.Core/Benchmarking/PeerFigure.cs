namespace Satisfaction.Core.Benchmarking;

/// <summary>
/// One force's published figure for one measure and period (a row of the peer file), on the percentage scale.
/// </summary>
/// <param name="Force">Force name as published, e.g. <c>Lancashire</c>; matched case-insensitively.</param>
/// <param name="InMsg">True when the force is in the benchmarked force's Most Similar Group (the force's own row may say either).</param>
/// <param name="Measure">Measure id, e.g. <c>whole_experience</c>.</param>
/// <param name="PeriodEnd">Last day of the 12-month period the figure covers.</param>
/// <param name="Respondents">Unweighted base, 1 or more.</param>
/// <param name="SatisfiedPct">% satisfied (or confident), 0 to 100; higher is better.</param>
/// <param name="CiLow">Lower end of its published confidence interval (%), or null when none is published.</param>
/// <param name="CiHigh">Upper end (%), or null; both ends or neither.</param>
public sealed record PeerFigure(
    string Force,
    bool InMsg,
    string Measure,
    DateOnly PeriodEnd,
    int Respondents,
    double SatisfiedPct,
    double? CiLow,
    double? CiHigh)
{
    /// <summary>Why this figure cannot be used, or null when it can (ranges, both interval ends or neither, low ≤ % ≤ high).</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Force))
        {
            return "the force name is empty";
        }

        if (string.IsNullOrWhiteSpace(Measure))
        {
            return "the measure is empty";
        }

        if (Respondents < 1)
        {
            return $"respondents {Respondents} must be 1 or more";
        }

        if (!double.IsFinite(SatisfiedPct) || SatisfiedPct is < 0 or > 100)
        {
            return $"satisfied_pct {SatisfiedPct} must be a percentage from 0 to 100";
        }

        if (CiLow is null != CiHigh is null)
        {
            return "give both ci_low and ci_high, or neither";
        }

        if (CiLow is { } low && CiHigh is { } high
            && (!double.IsFinite(low) || !double.IsFinite(high) || low < 0 || high > 100 || low > SatisfiedPct || high < SatisfiedPct))
        {
            return $"the interval [{low}, {high}] must lie within 0-100 and contain satisfied_pct {SatisfiedPct}";
        }

        return null;
    }
}
