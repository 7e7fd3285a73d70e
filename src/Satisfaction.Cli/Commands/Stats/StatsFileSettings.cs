using System.ComponentModel;
using System.Globalization;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Statistics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>Options shared by the <c>stats</c> commands that read a respondent CSV file and a design.</summary>
public class StatsFileSettings : GlobalSettings
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
    [CommandOption("--fpc <COL>")]
    [Description("Finite population correction column: stratum population size, or sampling fraction if all values <= 1.")]
    public string? Fpc { get; init; }

    /// <summary>Weight column.</summary>
    [CommandOption("--weights <COL>")]
    [Description("Sampling weight column (default: N_h / n_h from --fpc, else 1).")]
    public string? Weights { get; init; }

    /// <summary>Population margins to rake or calibrate the weights to before estimating.</summary>
    [CommandOption("--margins <FILE>")]
    [Description("Rake (or, with --calfun, calibrate) the --weights to these population margins (variable,level,total) before estimating; SEs then allow for the weighting, as R does.")]
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
    [CommandOption("--ids <COL>")]
    [Description("PSU (cluster) column, nested in strata (default: every row is its own PSU).")]
    public string? Ids { get; init; }

    /// <summary>Lonely-PSU policy.</summary>
    [CommandOption("--lonely-psu <POLICY>")]
    [Description("Strata with one PSU: fail (default), remove, adjust or certainty.")]
    public string LonelyPsu { get; init; } = "fail";

    /// <summary>Codes that count as yes.</summary>
    [CommandOption("--satisfied <CODES>")]
    [Description("Codes counted as satisfied / yes, e.g. 1-3 (default) or 1,2.")]
    public string Satisfied { get; init; } = "1-3";

    /// <summary>Codes in the denominator.</summary>
    [CommandOption("--valid <CODES>")]
    [Description("Valid codes (the denominator), e.g. 1-7 (default); others such as 8 = don't know are left out.")]
    public string Valid { get; init; } = "1-7";

    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("json (default) or csv.")]
    public string Format { get; init; } = "json";

    /// <summary>Output file; stdout when not given.</summary>
    [CommandOption("--out <FILE>")]
    [Description("Write the output to this file (atomically) instead of standard output.")]
    public string? Out { get; init; }

    /// <summary>The lonely-PSU policy parsed.</summary>
    public LonelyPsuPolicy LonelyPsuPolicy => LonelyPsu.ToUpperInvariant() switch
    {
        "REMOVE" => LonelyPsuPolicy.Remove,
        "ADJUST" => LonelyPsuPolicy.Adjust,
        "CERTAINTY" => LonelyPsuPolicy.Certainty,
        _ => LonelyPsuPolicy.Fail,
    };

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(File))
        {
            return ValidationResult.Error("a respondent CSV file is required.");
        }

        if (Format is not ("json" or "csv"))
        {
            return ValidationResult.Error($"--format '{Format}' is not json or csv.");
        }

        if (LonelyPsu.ToUpperInvariant() is not ("FAIL" or "REMOVE" or "ADJUST" or "CERTAINTY"))
        {
            return ValidationResult.Error($"--lonely-psu '{LonelyPsu}' is not fail, remove, adjust or certainty.");
        }

        return ValidateWeighting() ?? base.Validate();
    }

    /// <summary>The calibration distance asked for with --calfun (validated); null means rake.</summary>
    internal Core.Statistics.Weighting.CalibrationFunction? Function => CalibrationFunction?.Trim().ToUpperInvariant() switch
    {
        null => null,
        "RAKING" => Core.Statistics.Weighting.CalibrationFunction.Raking,
        "LOGIT" => Core.Statistics.Weighting.CalibrationFunction.Logit,
        _ => Core.Statistics.Weighting.CalibrationFunction.Linear,
    };

    /// <summary>The --bounds (validated), or (-inf, +inf).</summary>
    internal (double Lower, double Upper) ParsedBounds => Bounds is null
        ? (double.NegativeInfinity, double.PositiveInfinity)
        : (WeightingFiles.Number(Bounds.Split(',')[0].Trim()), WeightingFiles.Number(Bounds.Split(',')[1].Trim()));

    private ValidationResult? ValidateWeighting()
    {
        if (Margins is null)
        {
            return CalibrationFunction is null && Bounds is null ? null : ValidationResult.Error("--calfun and --bounds need --margins FILE.");
        }

        if (CalibrationFunction is not null && CalibrationFunction.Trim().ToUpperInvariant() is not ("LINEAR" or "RAKING" or "LOGIT"))
        {
            return ValidationResult.Error($"--calfun '{CalibrationFunction}' is not one of linear, raking, logit.");
        }

        if (Bounds is not null)
        {
            var parts = Bounds.Split(',');
            if (CalibrationFunction is null)
            {
                return ValidationResult.Error("--bounds applies to calibration: give --calfun too.");
            }

            if (parts.Length != 2 || !WeightingFiles.TryParse(parts[0].Trim(), out var lower) || !WeightingFiles.TryParse(parts[1].Trim(), out var upper)
                || !(lower < 1 && upper > 1))
            {
                return ValidationResult.Error($"--bounds '{Bounds}' must be two numbers 'lower,upper' with lower < 1 < upper, e.g. 0.3,3.");
            }
        }
        else if (Function == Core.Statistics.Weighting.CalibrationFunction.Logit)
        {
            return ValidationResult.Error("--calfun logit needs finite --bounds, e.g. --bounds 0.3,3.");
        }

        return null;
    }

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
