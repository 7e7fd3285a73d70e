using Satisfaction.Core.Statistics;

namespace Satisfaction.Application.Statistics;

/// <summary>
/// The design of a respondent file, by column name (R <c>svydesign(ids, strata, fpc, weights)</c>), and the
/// weighting to apply before estimating.
/// </summary>
public sealed record DesignSettings
{
    /// <summary>Stratum column; null = unstratified.</summary>
    public string? Strata { get; init; }

    /// <summary>
    /// Cluster columns, one per sampling stage (R <c>id = ~psu1 + psu2</c>): PSUs nested in strata, then the
    /// second-stage units nested in PSUs. Empty = every row is its own PSU. At most two stages.
    /// </summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>
    /// Fpc columns, one per stage or none (R <c>fpc = ~fpc1 + fpc2</c>): population size (of PSUs in the stratum,
    /// of units in the PSU) or sampling fraction when every value is &lt;= 1. Empty = sampling with replacement.
    /// </summary>
    public IReadOnlyList<string> Fpc { get; init; } = [];

    /// <summary>Weight column; null = N_h / n_h from the fpc, else 1.</summary>
    public string? Weights { get; init; }

    /// <summary>Strata with one PSU.</summary>
    public LonelyPsuPolicy LonelyPsu { get; init; } = LonelyPsuPolicy.Fail;

    /// <summary>Raking or calibration before estimating (SEs then allow for it); null = the weights as given.</summary>
    public WeightingSettings? Weighting { get; init; }
}
