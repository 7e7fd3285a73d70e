using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>Options of <c>satisfaction stats calibrate</c>.</summary>
public sealed class StatsCalibrateSettings : GlobalSettings
{
    /// <summary>Respondents CSV file.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("Respondents CSV file (header row; one column per margin variable).")]
    public string File { get; init; } = "";

    /// <summary>Margins CSV file: variable, level, total.</summary>
    [CommandOption("--margins <FILE>")]
    [Description("Population margins CSV with columns variable,level,total; the first level of each variable is the reference level.")]
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

    /// <summary>The parsed distance function (valid after validation).</summary>
    public Core.Statistics.Weighting.CalibrationFunction Function => CalibrationFunction.Trim().ToUpperInvariant() switch
    {
        "RAKING" => Core.Statistics.Weighting.CalibrationFunction.Raking,
        "LOGIT" => Core.Statistics.Weighting.CalibrationFunction.Logit,
        _ => Core.Statistics.Weighting.CalibrationFunction.Linear,
    };

    /// <summary>The parsed bounds (infinite when not given; valid after validation).</summary>
    public (double Lower, double Upper) ParsedBounds
    {
        get
        {
            if (Bounds is null)
            {
                return (double.NegativeInfinity, double.PositiveInfinity);
            }

            var parts = Bounds.Split(',');
            return (WeightingFiles.Number(parts[0].Trim()), WeightingFiles.Number(parts[1].Trim()));
        }
    }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Margins))
        {
            return ValidationResult.Error("--margins FILE is required.");
        }

        var name = CalibrationFunction.Trim().ToUpperInvariant();
        if (name is not ("LINEAR" or "RAKING" or "LOGIT"))
        {
            return ValidationResult.Error($"--calfun '{CalibrationFunction}' is not one of linear, raking, logit.");
        }

        if (Bounds is not null)
        {
            var parts = Bounds.Split(',');
            if (parts.Length != 2 || !WeightingFiles.TryParse(parts[0].Trim(), out var lower) || !WeightingFiles.TryParse(parts[1].Trim(), out var upper)
                || !(lower < 1 && upper > 1))
            {
                return ValidationResult.Error($"--bounds '{Bounds}' must be two numbers 'lower,upper' with lower < 1 < upper, e.g. 0.3,3.");
            }
        }
        else if (name == "LOGIT")
        {
            return ValidationResult.Error("--calfun logit needs finite --bounds, e.g. --bounds 0.3,3.");
        }

        return base.Validate();
    }
}
