using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Satisfaction.Core;
using Satisfaction.Core.Statistics;
using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Application.Statistics;

/// <summary>
/// Replicate weights for analysts, as R <c>as.svrepdesign</c>, with the whole weighting recipe (base weights,
/// raking or calibration to margins, trimming) re-run for every replicate, and replicate SEs of measures.
/// </summary>
/// <remarks>Logs counts only (rows, replicates), never a respondent's value.</remarks>
public sealed class ReplicateWeighting(ILogger<ReplicateWeighting>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<ReplicateWeighting>.Instance;

    /// <summary>Prefix of the replicate weight columns (rep_1..rep_R).</summary>
    public const string ReplicatePrefix = "rep_";

    /// <summary>Builds the replicate weights and the estimates asked for.</summary>
    /// <exception cref="InvalidInputException">Bad input: the message says where and why.</exception>
    public ReplicateRun Create(ReplicatesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.Method;
        var bootstrap = method == ReplicateMethod.Bootstrap;
        if (bootstrap && request.BootstrapReplicates < 2)
        {
            throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                $"--replicates {request.BootstrapReplicates}: the bootstrap needs at least 2 replicates for a variance."));
        }

        var data = CsvTable.Read(request.Data.Path, request.Data.Name);
        var baseWeights = WeightingInputs.ReadWeights(data, request.Weights);
        var design = ReplicateDesign.Read(data, request.Strata, request.Ids, method);
        var recipe = Recipe(request.Weighting, data);
        var seed = request.Seed ?? ReplicatesRequest.DefaultSeed;

        ReplicateWeightSet set;
        try
        {
            set = ReplicateWeights.Create(
                baseWeights,
                design.Psu,
                design.Strata,
                new ReplicateOptions
                {
                    Method = method,
                    BootstrapReplicates = request.BootstrapReplicates,
                    Seed = seed,
                    Fpc = request.Fpc is null ? null : data.Doubles(request.Fpc),
                },
                recipe);
        }
        catch (InvalidInputException ex)
        {
            var with = request.Weighting?.Margins is { } margins ? " with " + margins.Name : "";
            throw new InvalidInputException($"{request.Data.Name}{with}: {ex.Message}", ex);
        }

        var description = ReplicateMethodNames.Describe(method, set.ReplicateCount);
        _logger.LogInformation("{File}: {Rows} rows, {Replicates} replicates ({Method})", data.FileName, data.RowCount, set.ReplicateCount, description);
        var estimates = request.Measures.Select(m => Estimate(data, set, m, request.Rule, description)).ToList();
        return new ReplicateRun(data, set, method, bootstrap ? seed : null, estimates, Summary(request, data, design, set, seed));
    }

    /// <summary>Writes the rows plus <c>weight</c> (full sample) and <c>rep_1..rep_R</c>.</summary>
    /// <exception cref="InvalidInputException">The input already has a <c>rep_</c> column of the same name.</exception>
    public static void WriteCsv(TextWriter writer, ReplicateRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var (data, set) = (run.Table, run.Set);
        var headers = new List<string> { WeightingInputs.WeightColumn };
        for (var r = 1; r <= set.ReplicateCount; r++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{ReplicatePrefix}{r}");
            if (data.HasColumn(name))
            {
                throw InvalidInputException.At(data.FileName, 1, name, "the input already has a replicate weight column of this name; drop the old rep_ columns first.");
            }

            headers.Add(name);
        }

        data.WriteWith(writer, headers, (i, j) => CsvText.Number(j == 0 ? set.FullSampleWeights[i] : set.Replicate(j - 1)[i]));
    }

    /// <summary>% satisfied of a measure with full-sample weights and its replicate SE (R's mse = FALSE).</summary>
    private static ReplicateEstimate Estimate(CsvTable data, ReplicateWeightSet set, string measure, MeasureRule rule, string method)
    {
        var indicator = ProportionEstimator.Indicators(data.Doubles(measure, allowMissing: true), rule);
        if (indicator.All(double.IsNaN))
        {
            throw InvalidInputException.At(data.FileName, null, measure, $"no row has a valid code ({rule.ValidCodes.Count} valid codes); there is nothing to estimate.");
        }

        return ReplicateEstimator.Proportion(set, measure, indicator, method);
    }

    private static WeightingRecipe? Recipe(WeightingSettings? settings, CsvTable data)
    {
        if (settings is null || (settings.Margins is null && settings.Trimming is null))
        {
            return null;
        }

        if (settings.Margins is null)
        {
            return new WeightingRecipe { Trimming = settings.Trimming };
        }

        if (settings.Calibration is not { } function)
        {
            return new WeightingRecipe { RakeTo = WeightingInputs.ReadMargins(settings.Margins, data), Raking = settings.Raking, Trimming = settings.Trimming };
        }

        var targets = WeightingInputs.ReadTargets(settings.Margins, data);
        return new WeightingRecipe
        {
            CalibrateTo = targets.Margins,
            CalibrationTotals = targets.Totals,
            Calibration = new CalibrationOptions { Function = function, LowerBound = settings.LowerBound, UpperBound = settings.UpperBound },
            Trimming = settings.Trimming,
        };
    }

    private static List<string> Summary(ReplicatesRequest request, CsvTable data, ReplicateDesign design, ReplicateWeightSet set, long seed)
    {
        var method = request.Method;
        var steps = request.Weights is null ? "base weights 1" : "base weights " + request.Weights;
        var weighting = request.Weighting?.Describe();
        var recipe = string.IsNullOrEmpty(weighting) ? steps : steps + " -> " + weighting;
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"replicates: rows={data.RowCount} method={ReplicateMethodNames.Name(method)} ({ReplicateMethodNames.Describe(method, set.ReplicateCount)}) replicates={set.ReplicateCount} psus={design.PsuCount} recipe={recipe}"),
        };
        switch (method)
        {
            case ReplicateMethod.Jackknife1:
                lines.Add(request.Fpc is null
                    ? FormattableString.Invariant($"scale: (n-1)/n = {design.PsuCount - 1}/{design.PsuCount} = {set.Scale:R} (n = PSUs); replicate r drops PSU r and multiplies the others by n/(n-1)")
                    : FormattableString.Invariant($"scale: f (n-1)/n = {set.Scale:R} (n = {design.PsuCount} PSUs, f = 1 - n/N from --fpc {request.Fpc}); replicate r drops PSU r and multiplies the others by n/(n-1)"));
                if (request.Strata is not null)
                {
                    lines.Add("warning: jk1 ignores --strata (as R's JK1); use --method jkn for a stratified jackknife.");
                }

                break;
            case ReplicateMethod.JackknifeStratified:
                var first = 0;
                foreach (var (name, count) in design.PsusPerStratum)
                {
                    lines.Add(request.Fpc is null
                        ? FormattableString.Invariant($"scale: stratum {name}: (n_h-1)/n_h = {count - 1}/{count} = {(count - 1.0) / count:R}")
                        : FormattableString.Invariant($"scale: stratum {name}: f_h (n_h-1)/n_h = {set.ReplicateScales[first]:R} (n_h = {count}, f_h = 1 - n_h/N_h from --fpc {request.Fpc})"));
                    first += count;
                }

                break;
            default:
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"scale: 1/(R-1) = 1/{set.ReplicateCount - 1} = {set.Scale:R}"));
                if (request.Fpc is not null)
                {
                    lines.Add("warning: the bootstrap ignores --fpc (as R's subbootstrap); use --method jkn or jk1 for a without-replacement variance.");
                }

                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"seed: {seed}{(request.Seed is null ? " (the default; pass --seed to change it)" : "")}; repeat with --seed {seed} --replicates {set.ReplicateCount}"));
                break;
        }

        return lines;
    }
}
