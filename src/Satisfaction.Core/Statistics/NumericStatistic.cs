namespace Satisfaction.Core.Statistics;

/// <summary>What a <see cref="NumericEstimator"/> estimates of a numeric variable.</summary>
public enum NumericStatistic
{
    /// <summary>Weighted mean (R <c>svymean</c>), e.g. the mean score on a 7-point scale.</summary>
    Mean,

    /// <summary>Weighted total (R <c>svytotal</c>), e.g. the estimated number of satisfied victims.</summary>
    Total,

    /// <summary>Ratio of two weighted totals (R <c>svyratio</c>), e.g. a rate per 1,000.</summary>
    Ratio,
}
