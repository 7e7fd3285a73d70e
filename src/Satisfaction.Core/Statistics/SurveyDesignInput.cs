namespace Satisfaction.Core.Statistics;

/// <summary>
/// The columns a <see cref="SurveyDesign"/> is built from, one array element per data row (all arrays the
/// same length). Everything is optional except that the row count must be known: give at least one column
/// or <see cref="RowCount"/>.
/// </summary>
/// <remarks>
/// Weights: <see cref="Weights"/>, else 1 / <see cref="InclusionProbabilities"/>, else (with an fpc)
/// N_h / n_h as R's <c>svydesign</c> does, else 1. Giving both weights and probabilities is an error.
/// </remarks>
public sealed record SurveyDesignInput
{
    /// <summary>Number of rows; needed only when no column is given.</summary>
    public int? RowCount { get; init; }

    /// <summary>Stratum code per row (any integers; negative = missing, which is an error). Null = one stratum.</summary>
    public IReadOnlyList<int>? Strata { get; init; }

    /// <summary>PSU (cluster) code per row, nested within strata (R <c>nest = TRUE</c>). Null = every row is its own PSU.</summary>
    public IReadOnlyList<int>? Psus { get; init; }

    /// <summary>
    /// Finite population correction per row: stratum population size (in PSUs) when every value is &gt; 1,
    /// or sampling fraction when every value is &lt;= 1 (auto-detected as R does). Null = sampling with replacement.
    /// </summary>
    public IReadOnlyList<double>? Fpc { get; init; }

    /// <summary>
    /// Second-stage unit code per row, nested within PSUs (R <c>id = ~psu1 + psu2</c>); needs <see cref="Psus"/>.
    /// Its variance term needs <see cref="SecondStageFpc"/> and <see cref="Fpc"/> (R refuses an fpc for one stage of
    /// two); without any fpc the variance is the ultimate-cluster one of the first stage, as R's.
    /// </summary>
    public IReadOnlyList<int>? SecondStageUnits { get; init; }

    /// <summary>
    /// Second-stage fpc per row: the number of second-stage units in the row's PSU (all &gt; 1 somewhere), or the
    /// sampling fraction within the PSU (all &lt;= 1); constant within a PSU.
    /// </summary>
    public IReadOnlyList<double>? SecondStageFpc { get; init; }

    /// <summary>Stratum names by stratum code (the values in the file), for messages; null = the codes.</summary>
    public IReadOnlyList<string>? StrataNames { get; init; }

    /// <summary>Sampling weight per row, &gt; 0 and finite.</summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary>Inclusion probability per row, 0 &lt; pi &lt;= 1; weight = 1 / pi.</summary>
    public IReadOnlyList<double>? InclusionProbabilities { get; init; }

    /// <summary>Policy for strata with a single PSU. Default <see cref="LonelyPsuPolicy.Fail"/>, as R.</summary>
    public LonelyPsuPolicy LonelyPsu { get; init; } = LonelyPsuPolicy.Fail;

    /// <summary>Calibration information applied to linearised values before the variance; null = none.</summary>
    public ILinearisationAdjustment? Adjustment { get; init; }

    /// <summary>
    /// True for a raked / calibrated design: R's <c>subset()</c> of such a design keeps every row with zero
    /// weight, so the row count used by Korn-Graubard and by the likelihood interval is the full sample
    /// (refs README item 3). False (default): a domain's row count is the domain's own n.
    /// </summary>
    public bool SubsetKeepsAllRows { get; init; }

    /// <summary>File name used in error messages (null = none).</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// Physical line of data row 1 in <see cref="SourceName"/>, so errors cite file lines (2 for a CSV
    /// with a header). Default 1: errors cite 1-based data rows.
    /// </summary>
    public int FirstLine { get; init; } = 1;

    /// <summary>Maps a 0-based row to the file line cited in errors (overrides <see cref="FirstLine"/>); null = none.</summary>
    public Func<int, long>? LineOfRow { get; init; }

    /// <summary>Column names used in error messages.</summary>
    public SurveyDesignColumnNames ColumnNames { get; init; } = new();
}
