using System.Globalization;
using Satisfaction.Core;
using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Application.Statistics;

/// <summary>
/// The weighting options of every <c>stats</c> command in one type, parsed in one place: population margins
/// to rake to (R <c>rake()</c>'s stopping rule) or calibrate to (<c>--calfun</c>, <c>--bounds</c> on g), and
/// trimming (<c>--upper</c>, <c>--lower</c>, <c>--strict</c>).
/// </summary>
public sealed record WeightingSettings
{
    /// <summary>The margins file (variable, level, total); null = no raking or calibration.</summary>
    public DataFile? Margins { get; init; }

    /// <summary>The calibration distance; null rakes (when <see cref="Margins"/> is given).</summary>
    public CalibrationFunction? Calibration { get; init; }

    /// <summary>Lower bound on g = weight / base weight (calibration); -infinity = none.</summary>
    public double LowerBound { get; init; } = double.NegativeInfinity;

    /// <summary>Upper bound on g (calibration); +infinity = none.</summary>
    public double UpperBound { get; init; } = double.PositiveInfinity;

    /// <summary>Raking's stopping rule (R defaults: epsilon 1, 10 passes).</summary>
    public RakingOptions Raking { get; init; } = new();

    /// <summary>Trimming after raking or calibration; null = none.</summary>
    public TrimmingOptions? Trimming { get; init; }

    /// <summary>True when the margins are raked to (not calibrated).</summary>
    public bool Rakes => Margins is not null && Calibration is null;

    /// <summary>
    /// Parses the options as given on the command line. Every problem is an <see cref="InvalidInputException"/>
    /// naming the option and the form expected.
    /// </summary>
    /// <param name="options">The option texts.</param>
    /// <param name="resolvePath">Maps the margins path as given to the path to open (default: unchanged).</param>
    /// <returns>The settings.</returns>
    public static WeightingSettings Parse(WeightingOptionText options, Func<string, string>? resolvePath = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Margins is null && (options.Rake || options.CalibrationFunction is not null || options.Bounds is not null))
        {
            throw new InvalidInputException("--calfun, --bounds and --rake need --margins FILE.");
        }

        if (options.Rake && options.CalibrationFunction is not null)
        {
            throw new InvalidInputException("use either --rake or --calfun, not both.");
        }

        CalibrationFunction? function = options.CalibrationFunction?.Trim().ToUpperInvariant() switch
        {
            null => null,
            "LINEAR" => CalibrationFunction.Linear,
            "RAKING" => CalibrationFunction.Raking,
            "LOGIT" => CalibrationFunction.Logit,
            _ => throw new InvalidInputException($"--calfun '{options.CalibrationFunction}' is not one of linear, raking, logit."),
        };

        var (lower, upper) = (double.NegativeInfinity, double.PositiveInfinity);
        if (options.Bounds is not null)
        {
            if (function is null)
            {
                throw new InvalidInputException("--bounds applies to calibration: give --calfun too.");
            }

            var parts = options.Bounds.Split(',');
            if (parts.Length != 2 || !TryNumber(parts[0], out lower) || !TryNumber(parts[1], out upper) || !(lower < 1 && upper > 1))
            {
                throw new InvalidInputException($"--bounds '{options.Bounds}' must be two numbers 'lower,upper' with lower < 1 < upper, e.g. 0.3,3.");
            }
        }
        else if (function == CalibrationFunction.Logit)
        {
            throw new InvalidInputException("--calfun logit needs finite --bounds, e.g. --bounds 0.3,3.");
        }

        if (!TryNumber(options.Epsilon, out var epsilon) || epsilon <= 0)
        {
            throw new InvalidInputException($"--epsilon '{options.Epsilon}' is not a positive number.");
        }

        if (options.MaxIterations < 1)
        {
            throw new InvalidInputException("--maxit must be at least 1.");
        }

        return new WeightingSettings
        {
            Margins = options.Margins is null ? null : new DataFile((resolvePath ?? (p => p))(options.Margins), options.Margins),
            Calibration = function,
            LowerBound = lower,
            UpperBound = upper,
            Raking = new RakingOptions { Epsilon = epsilon, MaxIterations = options.MaxIterations },
            Trimming = ParseTrimming(options),
        };
    }

    /// <summary>How the weights are made, for summaries ("rake to margins.csv (epsilon 1, maxit 10) -> trim at 5000").</summary>
    public string Describe()
    {
        var steps = new List<string>();
        if (Margins is not null)
        {
            steps.Add(Calibration is null
                ? string.Create(CultureInfo.InvariantCulture, $"rake to {Margins.Name} (epsilon {Raking.Epsilon:R}, maxit {Raking.MaxIterations})")
                : string.Create(CultureInfo.InvariantCulture, $"calibrate ({Calibration.Value.ToString().ToLowerInvariant()}{(double.IsFinite(LowerBound) ? $", bounds {LowerBound:R},{UpperBound:R}" : "")}) to {Margins.Name}"));
        }

        if (Trimming is not null)
        {
            steps.Add(string.Create(CultureInfo.InvariantCulture, $"trim at {Trimming.Upper:R}{(Trimming.Strict ? " (strict)" : "")}"));
        }

        return string.Join(" -> ", steps);
    }

    /// <summary>Parses a number given to an option (invariant culture, finite).</summary>
    public static bool TryNumber(string? text, out double value) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static TrimmingOptions? ParseTrimming(WeightingOptionText options)
    {
        if (options.Upper is null)
        {
            if (options.Strict || options.Lower is not null)
            {
                throw new InvalidInputException("--strict and --lower need --upper X.");
            }

            return null;
        }

        if (!TryNumber(options.Upper, out var upper) || upper <= 0)
        {
            throw new InvalidInputException($"--upper '{options.Upper}' is not a positive number.");
        }

        var lower = double.NegativeInfinity;
        if (options.Lower is not null && (!TryNumber(options.Lower, out lower) || lower >= upper))
        {
            throw new InvalidInputException($"--lower '{options.Lower}' must be a number below --upper.");
        }

        return new TrimmingOptions { Upper = upper, Lower = lower, Strict = options.Strict };
    }
}
