using System.ComponentModel;
using Satisfaction.Application.Statistics;
using Satisfaction.Core.Statistics;
using Satisfaction.Core.Statistics.Weighting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>Options of <c>satisfaction stats replicates</c>.</summary>
public sealed class StatsReplicatesSettings : CommandSettings
{
    /// <summary>Respondents CSV file.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("Respondent CSV file (header row, one respondent per row).")]
    public string File { get; init; } = "";

    /// <summary>Column with the base weights (default: 1 for everyone).</summary>
    [CommandOption("--weights <COL>")]
    [Description("Column holding the base (design) weights (default: every respondent weighs 1).")]
    public string? Weights { get; init; }

    /// <summary>Stratum column (JKn and bootstrap).</summary>
    [CommandOption("--strata <COL>")]
    [Description("Stratum column (jkn and bootstrap replicate within strata; jk1 ignores strata).")]
    public string? Strata { get; init; }

    /// <summary>PSU column (default: every row is its own PSU).</summary>
    [CommandOption("--ids <COL>")]
    [Description("PSU (cluster) column, nested in strata (default: every row is its own PSU).")]
    public string? Ids { get; init; }

    /// <summary>Fpc column (population of PSUs in the stratum, or sampling fraction).</summary>
    [CommandOption("--fpc <COL>")]
    [Description("Finite population correction: PSUs in the stratum's population (the sample's for jk1), or the sampling fraction if all values <= 1; the jackknife scales get f = 1 - n/N, as R as.svrepdesign of a design with an fpc (the bootstrap ignores it, as R's).")]
    public string? Fpc { get; init; }

    /// <summary>jk1, jkn or bootstrap.</summary>
    [CommandOption("--method <METHOD>")]
    [Description("jk1 (delete-one-PSU jackknife), jkn (stratified jackknife) or bootstrap (Rao-Wu rescaling bootstrap), as R as.svrepdesign.")]
    public string? Method { get; init; }

    /// <summary>Number of bootstrap replicates.</summary>
    [CommandOption("--replicates <N>")]
    [Description("Bootstrap replicates (default 200; the jackknives make one replicate per PSU).")]
    public int? Replicates { get; init; }

    /// <summary>Bootstrap seed.</summary>
    [CommandOption("--seed <N>")]
    [Description("Seed of the bootstrap draws (default 1); the same seed gives the same replicates.")]
    public long? Seed { get; init; }

    /// <summary>Margins CSV file: variable, level, total.</summary>
    [CommandOption("--margins <FILE>")]
    [Description("Population margins CSV (variable,level,total): rake (default) or calibrate every replicate to them.")]
    public string? Margins { get; init; }

    /// <summary>Rake to the margins (the default when --margins is given without --calfun).</summary>
    [CommandOption("--rake")]
    [Description("Rake to --margins (R rake(); the default).")]
    public bool Rake { get; init; }

    /// <summary>Calibrate to the margins with this distance function.</summary>
    [CommandOption("--calfun <NAME>")]
    [Description("Calibrate to --margins instead of raking: linear, raking or logit (logit needs --bounds).")]
    public string? CalibrationFunction { get; init; }

    /// <summary>Bounds on g for calibration.</summary>
    [CommandOption("--bounds <LOWER,UPPER>")]
    [Description("Bounds on g = weight / base weight for --calfun, e.g. 0.3,3.")]
    public string? Bounds { get; init; }

    /// <summary>Raking stopping rule.</summary>
    [CommandOption("--epsilon <X>")]
    [Description("Raking stopping rule (>= 1: persons; < 1: fraction of the total). Default 1, as R.")]
    public string Epsilon { get; init; } = "1";

    /// <summary>Most raking passes.</summary>
    [CommandOption("--maxit <N>")]
    [Description("Most raking passes (default 10, as R).")]
    public int MaxIterations { get; init; } = 10;

    /// <summary>Trim weights above this.</summary>
    [CommandOption("--upper <X>")]
    [Description("Trim every replicate's weights above X after weighting (R trimWeights()).")]
    public string? Upper { get; init; }

    /// <summary>Repeat trimming until none exceed.</summary>
    [CommandOption("--strict")]
    [Description("With --upper: repeat trimming until no weight exceeds it.")]
    public bool Strict { get; init; }

    /// <summary>Output CSV.</summary>
    [CommandOption("--out <FILE>")]
    [Description("Write the rows with weight and rep_1..rep_R here (atomically) instead of standard output.")]
    public string? Out { get; init; }

    /// <summary>Measures whose % satisfied gets a replicate SE.</summary>
    [CommandOption("--measure <COL>")]
    [Description("Also estimate % satisfied of these columns (comma-separated) with its replicate SE.")]
    public string? Measure { get; init; }

    /// <summary>Codes that count as yes.</summary>
    [CommandOption("--satisfied <CODES>")]
    [Description("Codes counted as satisfied, e.g. 1-3 (default).")]
    public string Satisfied { get; init; } = "1-3";

    /// <summary>Codes in the denominator.</summary>
    [CommandOption("--valid <CODES>")]
    [Description("Valid codes (the denominator), e.g. 1-7 (default).")]
    public string Valid { get; init; } = "1-7";

    /// <summary>JSON file for the estimates (default: stderr).</summary>
    [CommandOption("--estimates <FILE>")]
    [Description("Write the --measure estimates as JSON here (atomically) instead of printing them to stderr.")]
    public string? Estimates { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(File))
        {
            return ValidationResult.Error("a respondent CSV file is required.");
        }

        if (ReplicateMethodNames.Parse(Method) is not { } method)
        {
            return ValidationResult.Error($"--method '{Method}' must be {ReplicateMethodNames.Choices}.");
        }

        if (method != ReplicateMethod.Bootstrap && (Replicates is not null || Seed is not null))
        {
            return ValidationResult.Error("--replicates and --seed apply to --method bootstrap only (the jackknives make one replicate per PSU).");
        }

        if (Ids is not null && StatsOptions.List(Ids).Length > 1)
        {
            var stages = StatsOptions.List(Ids);
            return ValidationResult.Error(
                $"--ids '{Ids}' names {stages.Length} stages, but stats replicates does not support multi-stage designs: replicate weights drop or resample whole PSUs, "
                + $"so only the first stage counts (as R's as.svrepdesign of a multi-stage design). Give --ids {stages[0]} (with its one --fpc), or use stats estimate --ids {Ids} for the multi-stage linearised SE.");
        }

        if (Fpc is not null && StatsOptions.List(Fpc).Length > 1)
        {
            return ValidationResult.Error(
                $"--fpc '{Fpc}' names one column per stage, but stats replicates does not support multi-stage designs: give the first stage's fpc only (PSUs in the stratum's population), or use stats estimate for a multi-stage fpc.");
        }

        if (Estimates is not null && Measure is null)
        {
            return ValidationResult.Error("--estimates FILE needs --measure COL.");
        }

        return StatsOptions.Check(() => Weighting(p => p)) ?? base.Validate();
    }

    /// <summary>The request (valid after validation), paths resolved by <paramref name="resolvePath"/>.</summary>
    internal ReplicatesRequest Request(Func<string, string> resolvePath) => new()
    {
        Data = new DataFile(resolvePath(File), File),
        Weights = Weights,
        Strata = Strata,
        Ids = Ids,
        Fpc = Fpc,
        Method = ReplicateMethodNames.Parse(Method) ?? ReplicateMethod.Bootstrap,
        BootstrapReplicates = Replicates ?? ReplicatesRequest.DefaultBootstrapReplicates,
        Seed = Seed,
        Weighting = Weighting(resolvePath),
        Measures = Measure is null ? [] : StatsOptions.List(Measure),
        Rule = MeasureRule.Parse(Satisfied, Valid),
    };

    private WeightingSettings Weighting(Func<string, string> resolvePath) => WeightingSettings.Parse(
        new WeightingOptionText
        {
            Margins = Margins,
            Rake = Rake,
            CalibrationFunction = CalibrationFunction,
            Bounds = Bounds,
            Epsilon = Epsilon,
            MaxIterations = MaxIterations,
            Upper = Upper,
            Strict = Strict,
        },
        resolvePath);
}
