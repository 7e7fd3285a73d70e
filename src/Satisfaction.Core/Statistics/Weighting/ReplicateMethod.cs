namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>How replicate weights are formed, with the scale factors of R <c>as.svrepdesign</c>.</summary>
public enum ReplicateMethod
{
    /// <summary>Delete-one-PSU jackknife for unstratified designs (R "JK1"): scale (n-1)/n.</summary>
    Jackknife1,

    /// <summary>Stratified delete-one-PSU jackknife (R "JKn"): replicate scale (n_h-1)/n_h for the stratum of the deleted PSU.</summary>
    JackknifeStratified,

    /// <summary>
    /// Rao-Wu(-Yue) rescaling bootstrap (R "subbootstrap"): n_h - 1 PSUs drawn with replacement in every stratum,
    /// weights x (times drawn) x n_h / (n_h - 1); scale 1 / (R - 1).
    /// </summary>
    Bootstrap,
}
