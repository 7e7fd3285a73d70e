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

    /// <summary>PSU (cluster) column, nested in strata; null = every row is its own PSU.</summary>
    public string? Ids { get; init; }

    /// <summary>Fpc column: stratum population size, or sampling fraction when every value is &lt;= 1; null = none.</summary>
    public string? Fpc { get; init; }

    /// <summary>Weight column; null = N_h / n_h from the fpc, else 1.</summary>
    public string? Weights { get; init; }

    /// <summary>Strata with one PSU.</summary>
    public LonelyPsuPolicy LonelyPsu { get; init; } = LonelyPsuPolicy.Fail;

    /// <summary>Raking or calibration before estimating (SEs then allow for it); null = the weights as given.</summary>
    public WeightingSettings? Weighting { get; init; }
}
