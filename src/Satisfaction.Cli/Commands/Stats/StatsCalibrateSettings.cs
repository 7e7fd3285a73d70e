using System.ComponentModel;
using Satisfaction.Application.Statistics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>Options of <c>satisfaction stats calibrate</c>.</summary>
public sealed class StatsCalibrateSettings : CommandSettings
{
    /// <summary>Respondents CSV file.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("Respondents CSV file (header row; one column per margin variable).")]
    public string File { get; init; } = "";

    /// <summary>Margins CSV file: variable, level, total.</summary>
    [CommandOption("--margins <FILE>")]
    [Description("Population margins CSV with columns variable,level,total; the first level of each variable is the reference level. A row with a blank level gives a numeric column's population total (R calibrate(design, ~group + x, population = c(N, ..., T_x))).")]
    public string? Margins { get; init; }

    /// <summary>Column with the base weights (default: 1 for everyone).</summary>
    [CommandOption("--weights <COL>")]
    [Description("Column holding the base weights (default: every respondent weighs 1).")]
    public string? Weights { get; init; }

    /// <summary>Distance function: linear, raking or logit.</summary>
    [CommandOption("--calfun <NAME>")]
    [Description("Distance function: linear (default), raking or logit (logit needs --bounds).")]
    public string CalibrationFunction { get; init; } = "linear";

    /// <summary>Bounds on g = weight / base weight, "lower,upper".</summary>
    [CommandOption("--bounds <LOWER,UPPER>")]
    [Description("Bounds on g = weight / base weight, e.g. 0.3,3 (default: none).")]
    public string? Bounds { get; init; }

    /// <summary>Output CSV file (default: standard output).</summary>
    [CommandOption("--out <FILE>")]
    [Description("Write the weighted CSV here (atomically) instead of standard output.")]
    public string? Out { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Margins))
        {
            return ValidationResult.Error("--margins FILE is required.");
        }

        return StatsOptions.Check(() => Weighting(p => p)) ?? base.Validate();
    }

    /// <summary>The calibration asked for (valid after validation), the margins path resolved by <paramref name="resolvePath"/>.</summary>
    internal WeightingSettings Weighting(Func<string, string> resolvePath) =>
        WeightingSettings.Parse(new WeightingOptionText { Margins = Margins, CalibrationFunction = CalibrationFunction, Bounds = Bounds }, resolvePath);
}
