namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>Distance function of calibration, as R <c>calibrate(calfun = ...)</c>.</summary>
public enum CalibrationFunction
{
    /// <summary>Linear (GREG, chi-squared distance); g = 1 + u, truncated to the bounds.</summary>
    Linear,

    /// <summary>Raking (multiplicative); g = exp(u), truncated to the bounds.</summary>
    Raking,

    /// <summary>Logit: g stays strictly inside finite bounds (bounds required).</summary>
    Logit,
}
