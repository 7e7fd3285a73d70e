using System.ComponentModel;
using System.Globalization;
using Satisfaction.Application.Statistics;
using Satisfaction.Core.Statistics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>Options shared by the <c>stats</c> commands that read a respondent CSV file and a design.</summary>
public class StatsFileSettings : CommandSettings
{
    /// <summary>The respondent CSV file.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("Respondent CSV file (header row, one respondent per row).")]
    public string File { get; init; } = "";

    /// <summary>Stratum column.</summary>
    [CommandOption("--strata <COL>")]
    [Description("Stratum column (optional).")]
    public string? Strata { get; init; }

    /// <summary>Fpc column: stratum population size, or sampling fraction when every value is &lt;= 1.</summary>
    [CommandOption("--fpc <COLS>")]
    [Description("Finite population correction column(s), one per stage (e.g. fpc1,fpc2 with --ids psu1,psu2): population size (PSUs in the stratum, units in the PSU), or sampling fraction if all values <= 1.")]
    public string? Fpc { get; init; }

    /// <summary>Weight column.</summary>
    [CommandOption("--weights <COL>")]
    [Description("Sampling weight column (default: N_h / n_h from --fpc, else 1).")]
    public string? Weights { get; init; }

    /// <summary>Population margins to rake or calibrate the weights to before estimating.</summary>
    [CommandOption("--margins <FILE>")]
    [Description("Rake (or, with --calfun, calibrate) the --weights to these population margins (variable,level,total) before estimating; SEs then allow for the weighting, as R does. A row with a blank level is a numeric column's population total (calibration only).")]
    public string? Margins { get; init; }

    /// <summary>Calibration distance with --margins; null rakes with R rake()'s defaults.</summary>
    [CommandOption("--calfun <NAME>")]
    [Description("With --margins: calibrate with linear, raking or logit distance instead of raking (default: rake, epsilon 1, 10 passes).")]
    public string? CalibrationFunction { get; init; }

    /// <summary>Bounds on g with --calfun.</summary>
    [CommandOption("--bounds <LOWER,UPPER>")]
    [Description("With --calfun: bounds on g = weight / base weight, e.g. 0.3,3.")]
    public string? Bounds { get; init; }

    /// <summary>PSU (cluster) column.</summary>
    [CommandOption("--ids <COLS>")]
    [Description("Cluster column(s), one per stage: PSUs nested in strata, then second-stage units nested in PSUs, e.g. psu1,psu2 (default: every row is its own PSU).")]
    public string? Ids { get; init; }

    /// <summary>Lonely-PSU policy.</summary>
    [CommandOption("--lonely-psu <POLICY>")]
    [Description("Strata with one PSU: fail (default), remove, adjust, average or certainty (R survey.lonely.psu).")]
    public string LonelyPsu { get; init; } = "fail";

    /// <summary>Codes that count as yes.</summary>
    [CommandOption("--satisfied <CODES>")]
    [Description("Codes counted as satisfied / yes, e.g. 1-3 (default) or 1,2.")]
    public string Satisfied { get; init; } = "1-3";

    /// <summary>Codes in the denominator.</summary>
    [CommandOption("--valid <CODES>")]
    [Description("Valid codes (the denominator), e.g. 1-7 (the default for proportions); others such as 8 = don't know are left out. With --statistic mean|total|ratio only the given codes are kept (default: every value).")]
    public string? Valid { get; init; }

    /// <summary>The valid codes of a proportion: <see cref="Valid"/>, else 1-7.</summary>
    internal string ValidCodes => Valid ?? "1-7";

    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (the default on a terminal: percentages to one decimal, intervals, n and the method), json (the default when the output goes to a pipe, a file or --out) or csv; json and csv keep full precision.")]
    public string? Format { get; init; }

    /// <summary>Output file; stdout when not given.</summary>
    [CommandOption("--out <FILE>")]
    [Description("Write the output to this file (atomically) instead of standard output.")]
    public string? Out { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(File))
        {
            return ValidationResult.Error("a respondent CSV file is required.");
        }

        if (Format is not (null or "json" or "csv" or "table"))
        {
            return ValidationResult.Error($"--format '{Format}' is not table, json or csv.");
        }

        if (LonelyPsuNames.Parse(LonelyPsu) is null)
        {
            return ValidationResult.Error($"--lonely-psu '{LonelyPsu}' is not {LonelyPsuNames.Choices}.");
        }

        return StatsOptions.Check(() => WeightingSettings.Parse(WeightingText)) ?? base.Validate();
    }

    /// <summary>The design and weighting asked for (valid after validation), with paths resolved by <paramref name="resolvePath"/>.</summary>
    internal DesignSettings Design(Func<string, string> resolvePath) => new()
    {
        Strata = Strata,
        Ids = Ids is null ? [] : StatsOptions.List(Ids),
        Fpc = Fpc is null ? [] : StatsOptions.List(Fpc),
        Weights = Weights,
        LonelyPsu = LonelyPsuNames.Parse(LonelyPsu) ?? LonelyPsuPolicy.Fail,
        Weighting = Margins is null ? null : WeightingSettings.Parse(WeightingText, resolvePath),
    };

    private WeightingOptionText WeightingText => new() { Margins = Margins, CalibrationFunction = CalibrationFunction, Bounds = Bounds };

    /// <summary>Parses a confidence level (0 &lt; level &lt; 1), or returns an error text.</summary>
    internal static string? CheckLevel(string text, out double level)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out level) || !(level > 0 && level < 1))
        {
            return $"--level '{text}' is not a number between 0 and 1 (e.g. 0.95).";
        }

        return null;
    }
}
