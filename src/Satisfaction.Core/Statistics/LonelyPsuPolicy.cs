namespace Satisfaction.Core.Statistics;

/// <summary>
/// What to do with a stratum that has a single PSU (R option <c>survey.lonely.psu</c>, survey 4.1-1).
/// </summary>
public enum LonelyPsuPolicy
{
    /// <summary>Refuse the design: <see cref="SurveyDesign.Create"/> throws, naming the stratum and row (R's default).</summary>
    Fail = 0,

    /// <summary>The stratum adds nothing to the variance (R "remove").</summary>
    Remove = 1,

    /// <summary>The single PSU is centred at the grand mean instead of its stratum mean (R "adjust"; conservative).</summary>
    Adjust = 2,

    /// <summary>The single PSU was taken with certainty and adds nothing to the variance (R "certainty").</summary>
    Certainty = 3,

    /// <summary>
    /// The stratum counts as the average of the others: the variance over the strata with two or more PSUs is
    /// multiplied by (all strata) / (strata with two or more PSUs) (R "average"). Undefined (NaN) when every
    /// stratum has one PSU.
    /// </summary>
    Average = 4,
}
