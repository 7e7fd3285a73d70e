using System.Globalization;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Satisfaction.Core.Statistics;
using Satisfaction.Core.Statistics.Weighting;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>
/// <c>satisfaction stats replicates FILE --method jk1|jkn|bootstrap</c>: replicate weights for analysts, as R
/// <c>as.svrepdesign</c>, with the whole weighting recipe (base weights, raking or calibration to
/// <c>--margins</c>, trimming at <c>--upper</c>) re-run for every replicate. Writes the rows plus
/// <c>weight</c> and <c>rep_1..rep_R</c>; prints the method, replicate count, scales and seed to stderr.
/// </summary>
public sealed class StatsReplicatesCommand(CliHost host) : Command<StatsReplicatesSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, StatsReplicatesSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var method = settings.ParsedMethod;
        var bootstrap = method == ReplicateMethod.Bootstrap;
        var replicates = settings.Replicates ?? StatsReplicatesSettings.DefaultBootstrapReplicates;
        if (bootstrap && replicates < 2)
        {
            throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                $"--replicates {replicates}: the bootstrap needs at least 2 replicates for a variance."));
        }

        var rule = settings.Measure is null ? null : MeasureRule.Parse(settings.Satisfied, settings.Valid);
        var data = WeightingFiles.ReadData(host, settings.File);
        var baseWeights = WeightingFiles.ReadWeights(data, settings.Weights);
        var design = ReplicateDesign.Read(data, settings.Strata, settings.Ids, method);
        var recipe = Recipe(settings, data);
        var seed = settings.Seed ?? StatsReplicatesSettings.DefaultSeed;

        ReplicateWeightSet set;
        try
        {
            set = ReplicateWeights.Create(
                baseWeights,
                design.Psu,
                design.Strata,
                new ReplicateOptions { Method = method, BootstrapReplicates = replicates, Seed = seed },
                recipe);
        }
        catch (InvalidInputException ex)
        {
            var with = settings.Margins is null ? "" : " with " + settings.Margins;
            throw new InvalidInputException($"{settings.File}{with}: {ex.Message}", ex);
        }

        var estimates = rule is null
            ? []
            : ReplicateEstimates.Compute(data, set, settings.Measure!, rule, Describe(set, method));

        ReplicateEstimates.WriteReplicateCsv(host, data, set, settings.Out);
        if (settings.Estimates is not null)
        {
            AtomicFile.Write(host.ResolvePath(settings.Estimates), writer => ReplicateEstimates.WriteJson(writer, estimates, set, method, bootstrap ? seed : null));
        }

        var error = host.Error;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"replicates: rows={data.RowCount} method={MethodName(method)} ({Describe(set, method)}) replicates={set.ReplicateCount} psus={design.PsuCount} recipe={RecipeText(settings)}"));
        switch (method)
        {
            case ReplicateMethod.Jackknife1:
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"scale: (n-1)/n = {design.PsuCount - 1}/{design.PsuCount} = {set.Scale:R} (n = PSUs); replicate r drops PSU r and multiplies the others by n/(n-1)"));
                if (settings.Strata is not null)
                {
                    error.WriteLine("warning: jk1 ignores --strata (as R's JK1); use --method jkn for a stratified jackknife.");
                }

                break;
            case ReplicateMethod.JackknifeStratified:
                foreach (var (name, count) in design.PsusPerStratum)
                {
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"scale: stratum {name}: (n_h-1)/n_h = {count - 1}/{count} = {(count - 1.0) / count:R}"));
                }

                break;
            default:
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"scale: 1/(R-1) = 1/{set.ReplicateCount - 1} = {set.Scale:R}"));
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"seed: {seed}{(settings.Seed is null ? " (the default; pass --seed to change it)" : "")}; repeat with --seed {seed} --replicates {set.ReplicateCount}"));
                break;
        }

        if (settings.Estimates is null)
        {
            foreach (var e in estimates)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"estimate: measure={e.Measure} n={e.N} n_yes={e.NYes} proportion={e.Proportion:R} replicate_se={e.Se:R} method={e.Method}"));
            }
        }

        return ExitCodes.Ok;
    }

    private WeightingRecipe? Recipe(StatsReplicatesSettings settings, CsvTable data)
    {
        TrimmingOptions? trimming = settings.Upper is null
            ? null
            : new TrimmingOptions { Upper = WeightingFiles.Number(settings.Upper), Strict = settings.Strict };
        if (settings.Margins is null)
        {
            return trimming is null ? null : new WeightingRecipe { Trimming = trimming };
        }

        var margins = WeightingFiles.ReadMargins(host, settings.Margins, data);
        if (settings.CalibrationFunction is null)
        {
            return new WeightingRecipe
            {
                RakeTo = margins,
                Raking = new RakingOptions { Epsilon = WeightingFiles.Number(settings.Epsilon), MaxIterations = settings.MaxIterations },
                Trimming = trimming,
            };
        }

        var function = settings.CalibrationFunction.Trim().ToUpperInvariant() switch
        {
            "RAKING" => CalibrationFunction.Raking,
            "LOGIT" => CalibrationFunction.Logit,
            _ => CalibrationFunction.Linear,
        };
        var (lower, upper) = (double.NegativeInfinity, double.PositiveInfinity);
        if (settings.Bounds is not null)
        {
            var parts = settings.Bounds.Split(',');
            if (parts.Length != 2 || !WeightingFiles.TryParse(parts[0].Trim(), out lower) || !WeightingFiles.TryParse(parts[1].Trim(), out upper)
                || !(lower < 1 && upper > 1))
            {
                throw new InvalidInputException($"--bounds '{settings.Bounds}' must be two numbers 'lower,upper' with lower < 1 < upper, e.g. 0.3,3.");
            }
        }
        else if (function == CalibrationFunction.Logit)
        {
            throw new InvalidInputException("--calfun logit needs finite --bounds, e.g. --bounds 0.3,3.");
        }

        return new WeightingRecipe
        {
            CalibrateTo = margins,
            Calibration = new CalibrationOptions { Function = function, LowerBound = lower, UpperBound = upper },
            Trimming = trimming,
        };
    }

    private static string MethodName(ReplicateMethod method) => method switch
    {
        ReplicateMethod.Jackknife1 => "jk1",
        ReplicateMethod.JackknifeStratified => "jkn",
        _ => "bootstrap",
    };

    private static string Describe(ReplicateWeightSet set, ReplicateMethod method) => method switch
    {
        ReplicateMethod.Jackknife1 => "JK1 delete-one-PSU jackknife, R as.svrepdesign(type = \"JK1\")",
        ReplicateMethod.JackknifeStratified => "JKn stratified jackknife, R as.svrepdesign(type = \"JKn\")",
        _ => string.Create(CultureInfo.InvariantCulture, $"Rao-Wu rescaling bootstrap with {set.ReplicateCount} replicates, R as.svrepdesign(type = \"subbootstrap\")"),
    };

    private static string RecipeText(StatsReplicatesSettings settings)
    {
        var steps = new List<string> { settings.Weights is null ? "base weights 1" : "base weights " + settings.Weights };
        if (settings.Margins is not null)
        {
            steps.Add(settings.CalibrationFunction is null
                ? string.Create(CultureInfo.InvariantCulture, $"rake to {settings.Margins} (epsilon {settings.Epsilon}, maxit {settings.MaxIterations})")
                : $"calibrate ({settings.CalibrationFunction.Trim().ToLowerInvariant()}{(settings.Bounds is null ? "" : ", bounds " + settings.Bounds)}) to {settings.Margins}");
        }

        if (settings.Upper is not null)
        {
            steps.Add($"trim at {settings.Upper}{(settings.Strict ? " (strict)" : "")}");
        }

        return string.Join(" -> ", steps);
    }
}
