using System.Globalization;

namespace Satisfaction.Core.Statistics;

/// <summary>
/// An immutable, validated survey design over column arrays (R <c>svydesign</c> with one sampling stage):
/// strata, optional PSUs (clusters, nested in strata), finite population correction, weights, the lonely-PSU
/// policy and an optional calibration adjustment for the variance. Build it with <see cref="Create"/>.
/// </summary>
/// <remarks>
/// Rows are referred to by their 0-based index in the input arrays; error messages cite 1-based rows
/// (or file lines when <see cref="SurveyDesignInput.SourceName"/> is given). Thread-safe once built.
/// </remarks>
public sealed partial class SurveyDesign
{
    private readonly double[] _weights;
    private readonly int[] _stratumOfRow;
    private readonly int[]? _psuOfRow;
    private readonly int[] _stratumOfPsu;
    private readonly int[] _psuCount;
    private readonly double[] _finiteFactor;
    private readonly double[]? _populationSize;
    private readonly SecondStage? _secondStage;

    private SurveyDesign(
        double[] weights,
        int[] stratumOfRow,
        int[]? psuOfRow,
        int[] stratumOfPsu,
        int[] psuCount,
        double[] finiteFactor,
        double[]? populationSize,
        SecondStage? secondStage,
        SurveyDesignInput input)
    {
        _populationSize = populationSize;
        _secondStage = secondStage;
        _weights = weights;
        _stratumOfRow = stratumOfRow;
        _psuOfRow = psuOfRow;
        _stratumOfPsu = stratumOfPsu;
        _psuCount = psuCount;
        _finiteFactor = finiteFactor;
        LonelyPsu = input.LonelyPsu;
        Adjustment = input.Adjustment;
        SubsetKeepsAllRows = input.SubsetKeepsAllRows;
        HasStrata = input.Strata is not null;
        HasFpc = input.Fpc is not null;
    }

    /// <summary>Number of data rows (respondents).</summary>
    public int RowCount => _weights.Length;

    /// <summary>Number of strata (1 when the design is unstratified).</summary>
    public int StratumCount => _psuCount.Length;

    /// <summary>Number of PSUs in the whole sample (= <see cref="RowCount"/> without clusters).</summary>
    public int PsuCount => _psuOfRow is null ? RowCount : _stratumOfPsu.Length;

    /// <summary>True when strata were given.</summary>
    public bool HasStrata { get; }

    /// <summary>True when a finite population correction was given.</summary>
    public bool HasFpc { get; }

    /// <summary>True when PSUs (clusters) were given.</summary>
    public bool HasClusters => _psuOfRow is not null;

    /// <summary>True when the variance has a second-stage term (second-stage units and an fpc for both stages).</summary>
    public bool HasSecondStage => _secondStage is not null;

    /// <summary>The lonely-PSU policy.</summary>
    public LonelyPsuPolicy LonelyPsu { get; }

    /// <summary>The calibration adjustment applied to linearised values, or null.</summary>
    public ILinearisationAdjustment? Adjustment { get; }

    /// <summary>See <see cref="SurveyDesignInput.SubsetKeepsAllRows"/>.</summary>
    public bool SubsetKeepsAllRows { get; }

    /// <summary>The final sampling weight of every row (all &gt; 0).</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>Stratum index (0-based, in order of first appearance of the code) of every row.</summary>
    public ReadOnlySpan<int> StratumIndex => _stratumOfRow;

    /// <summary>Design degrees of freedom of the whole sample: PSUs minus strata (R <c>degf</c>).</summary>
    public int DegreesOfFreedom => PsuCount - StratumCount;

    /// <summary>Short description of the variance method, for output ("method" key).</summary>
    public string Describe()
    {
        var parts = new List<string?>
        {
            "Taylor linearisation",
            HasStrata ? string.Create(CultureInfo.InvariantCulture, $"{StratumCount} strata") : "unstratified",
            HasClusters ? string.Create(CultureInfo.InvariantCulture, $"{PsuCount} PSUs") : "each row its own PSU",
            _secondStage is null ? null : string.Create(CultureInfo.InvariantCulture, $"second stage: {_secondStage.UnitCount} units"),
            HasFpc ? "without replacement (fpc)" : "with replacement (no fpc)",
            "lonely PSU: " + LonelyPsu.ToString().ToLowerInvariant(),
        };
        if (Adjustment is not null)
        {
            parts.Add("calibration-adjusted");
        }

        return string.Join(", ", parts.Where(p => p is not null));
    }

    /// <summary>
    /// Validates the columns once and builds the design.
    /// </summary>
    /// <param name="input">The design columns and options.</param>
    /// <returns>The design.</returns>
    /// <exception cref="InvalidInputException">
    /// A missing stratum, a weight &lt;= 0 or NaN, a probability outside (0, 1], an fpc that is not positive,
    /// mixes population sizes and fractions, varies within a stratum or is smaller than the stratum's sample,
    /// arrays of different lengths, or a stratum with one PSU under <see cref="LonelyPsuPolicy.Fail"/>.
    /// </exception>
    public static SurveyDesign Create(SurveyDesignInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var n = RowCountOf(input);
        var names = input.ColumnNames;

        var stratumOfRow = new int[n];
        var stratumCodes = new List<int>();
        if (input.Strata is { } strata)
        {
            var maxCode = 0;
            for (var i = 0; i < n; i++)
            {
                var code = strata[i];
                if (code < 0)
                {
                    throw Error(input, i, names.Strata, "missing stratum");
                }

                maxCode = Math.Max(maxCode, code);
            }

            // Small codes (the usual case: 0..L-1 from a CSV) map through an array, others through a dictionary.
            var dense = maxCode < (1 << 20) ? new int[maxCode + 1] : null;
            var map = dense is null ? new Dictionary<int, int>() : null;
            for (var i = 0; i < n; i++)
            {
                var code = strata[i];
                int index;
                if (dense is not null)
                {
                    index = dense[code] - 1;
                    if (index < 0)
                    {
                        index = stratumCodes.Count;
                        dense[code] = index + 1;
                        stratumCodes.Add(code);
                    }
                }
                else if (!map!.TryGetValue(code, out index))
                {
                    index = map.Count;
                    map.Add(code, index);
                    stratumCodes.Add(code);
                }

                stratumOfRow[i] = index;
            }
        }
        else
        {
            stratumCodes.Add(0);
        }

        var strataCount = stratumCodes.Count;
        int[]? psuOfRow = null;
        var stratumOfPsu = Array.Empty<int>();
        var psuCount = new int[strataCount];
        if (input.Psus is { } psus)
        {
            psuOfRow = new int[n];
            var map = new Dictionary<long, int>();
            var psuStrata = new List<int>();
            for (var i = 0; i < n; i++)
            {
                var key = ((long)stratumOfRow[i] << 32) | (uint)psus[i];
                if (!map.TryGetValue(key, out var index))
                {
                    index = map.Count;
                    map.Add(key, index);
                    psuStrata.Add(stratumOfRow[i]);
                    psuCount[stratumOfRow[i]]++;
                }

                psuOfRow[i] = index;
            }

            stratumOfPsu = [.. psuStrata];
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                psuCount[stratumOfRow[i]]++;
            }
        }

        var populationSize = ReadFpc(input, n, stratumOfRow, psuCount);
        var finiteFactor = new double[strataCount];
        for (var h = 0; h < strataCount; h++)
        {
            finiteFactor[h] = populationSize is null ? 1.0 : (populationSize[h] - psuCount[h]) / populationSize[h];
        }

        if (input.LonelyPsu == LonelyPsuPolicy.Fail && Array.IndexOf(psuCount, 1) >= 0)
        {
            for (var i = 0; i < n; i++)
            {
                if (psuCount[stratumOfRow[i]] == 1)
                {
                    var code = stratumCodes[stratumOfRow[i]];
                    var label = input.Strata is null ? "the only stratum"
                        : input.StrataNames is { } strataNames && code < strataNames.Count ? $"stratum '{strataNames[code]}'"
                        : "stratum " + code.ToString(CultureInfo.InvariantCulture);
                    throw Error(input, i, names.Strata, $"{label} has only one PSU (lonely PSU policy 'fail'; use remove, adjust, average or certainty)");
                }
            }
        }

        var secondStage = ReadSecondStage(input, n, psuOfRow, stratumOfPsu.Length, populationSize is not null);
        var weights = ReadWeights(input, n, stratumOfRow, psuCount, populationSize);
        if (secondStage is not null && input.Weights is null && input.InclusionProbabilities is null)
        {
            // As R: without weights, each stage's fpc gives its factor, N_h / n_h times N2 / n2 of the row's PSU.
            secondStage.ScaleWeights(weights, psuOfRow!);
        }

        return new SurveyDesign(weights, stratumOfRow, psuOfRow, stratumOfPsu, psuCount, finiteFactor, populationSize, secondStage, input);
    }

    private static int RowCountOf(SurveyDesignInput input)
    {
        int? n = input.RowCount;
        void Check(int? length, string column)
        {
            if (length is null)
            {
                return;
            }

            if (n is not null && n != length)
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"column '{column}' has {length} rows, expected {n}"));
            }

            n = length;
        }

        Check(input.Strata?.Count, input.ColumnNames.Strata);
        Check(input.Psus?.Count, input.ColumnNames.Psus);
        Check(input.Fpc?.Count, input.ColumnNames.Fpc);
        Check(input.Weights?.Count, input.ColumnNames.Weights);
        Check(input.InclusionProbabilities?.Count, input.ColumnNames.InclusionProbabilities);
        Check(input.SecondStageUnits?.Count, input.ColumnNames.SecondStageUnits);
        Check(input.SecondStageFpc?.Count, input.ColumnNames.SecondStageFpc);
        if (n is null or 0)
        {
            throw new InvalidInputException("the survey design has no rows");
        }

        return n.Value;
    }

    private static double[]? ReadFpc(SurveyDesignInput input, int n, int[] stratumOfRow, int[] psuCount)
    {
        if (input.Fpc is not { } fpc)
        {
            return null;
        }

        var column = input.ColumnNames.Fpc;
        var anyAboveOne = false;
        for (var i = 0; i < n; i++)
        {
            var v = fpc[i];
            if (double.IsNaN(v) || double.IsInfinity(v) || v <= 0)
            {
                throw Error(input, i, column, "fpc must be a positive number (population size or sampling fraction), got " + Format(v));
            }

            anyAboveOne |= v > 1;
        }

        var strataCount = psuCount.Length;
        var population = new double[strataCount];
        var firstRow = new int[strataCount];
        Array.Fill(firstRow, -1);
        for (var i = 0; i < n; i++)
        {
            var h = stratumOfRow[i];
            var v = fpc[i];
            if (anyAboveOne && v < 1)
            {
                throw Error(input, i, column, "fpc mixes population sizes (> 1) and sampling fractions (<= 1); got " + Format(v));
            }

            var size = anyAboveOne ? v : psuCount[h] / v;
            if (firstRow[h] < 0)
            {
                firstRow[h] = i;
                population[h] = size;
                if (size < psuCount[h] * (1 - 1e-12))
                {
                    throw Error(input, i, column, string.Create(CultureInfo.InvariantCulture, $"fpc {Format(v)} implies a stratum population of {Format(size)}, smaller than the stratum's sample of {psuCount[h]}"));
                }
            }
            else if (v != fpc[firstRow[h]])
            {
                throw Error(input, i, column, string.Create(CultureInfo.InvariantCulture, $"fpc {Format(v)} differs from {Format(fpc[firstRow[h]])} given for the same stratum on an earlier row"));
            }
        }

        return population;
    }

    /// <summary>The second stage (R <c>multistage</c>), or null when its variance term does not apply.</summary>
    private static SecondStage? ReadSecondStage(SurveyDesignInput input, int n, int[]? psuOfRow, int psus, bool firstStageFpc)
    {
        var names = input.ColumnNames;
        if (input.SecondStageUnits is not { } units)
        {
            return input.SecondStageFpc is null ? null
                : throw new InvalidInputException($"a second-stage fpc ('{names.SecondStageFpc}') needs second-stage units ('{names.SecondStageUnits}')");
        }

        if (psuOfRow is null)
        {
            throw new InvalidInputException($"second-stage units ('{names.SecondStageUnits}') need first-stage PSUs ('{names.Psus}')");
        }

        if (input.SecondStageFpc is null || !firstStageFpc)
        {
            // As R: an fpc for every stage or none; with none, the first stage's (ultimate cluster) variance.
            return input.SecondStageFpc is null && !firstStageFpc ? null
                : throw new InvalidInputException($"give an fpc for both stages ('{names.Fpc}' and '{names.SecondStageFpc}') or for neither");
        }

        var fpc2 = input.SecondStageFpc;
        var unitOfRow = new int[n];
        var map = new Dictionary<long, int>();
        var psuOfUnit = new List<int>();
        var unitCount = new int[psus];
        for (var i = 0; i < n; i++)
        {
            var key = ((long)psuOfRow[i] << 32) | (uint)units[i];
            if (!map.TryGetValue(key, out var index))
            {
                index = map.Count;
                map.Add(key, index);
                psuOfUnit.Add(psuOfRow[i]);
                unitCount[psuOfRow[i]]++;
            }

            unitOfRow[i] = index;
        }

        var anyAboveOne = false;
        for (var i = 0; i < n; i++)
        {
            var v = fpc2[i];
            if (!double.IsFinite(v) || v <= 0)
            {
                throw Error(input, i, names.SecondStageFpc, "fpc must be a positive number (population size or sampling fraction), got " + Format(v));
            }

            anyAboveOne |= v > 1;
        }

        var finite = new double[psus];
        var population = new double[psus];
        var firstRow = new int[psus];
        Array.Fill(firstRow, -1);
        for (var i = 0; i < n; i++)
        {
            var k = psuOfRow[i];
            var v = fpc2[i];
            if (firstRow[k] >= 0)
            {
                if (v != fpc2[firstRow[k]])
                {
                    throw Error(input, i, names.SecondStageFpc, string.Create(CultureInfo.InvariantCulture, $"fpc {Format(v)} differs from {Format(fpc2[firstRow[k]])} given for the same PSU on an earlier row"));
                }

                continue;
            }

            firstRow[k] = i;
            if (anyAboveOne && v < 1)
            {
                throw Error(input, i, names.SecondStageFpc, "fpc mixes population sizes (> 1) and sampling fractions (<= 1); got " + Format(v));
            }

            var size = anyAboveOne ? v : unitCount[k] / v;
            if (size < unitCount[k] * (1 - 1e-12))
            {
                throw Error(input, i, names.SecondStageFpc, string.Create(CultureInfo.InvariantCulture, $"fpc {Format(v)} implies {Format(size)} second-stage units in the PSU, fewer than its sample of {unitCount[k]}"));
            }

            finite[k] = (size - unitCount[k]) / size;
            population[k] = size;
            if (input.LonelyPsu == LonelyPsuPolicy.Fail && unitCount[k] == 1 && finite[k] >= 1e-7)
            {
                throw Error(input, i, names.SecondStageUnits, "the PSU has only one second-stage unit but more in its population (lonely PSU policy 'fail'; use remove, adjust, average or certainty)");
            }
        }

        return new SecondStage(unitOfRow, [.. psuOfUnit], unitCount, finite, population);
    }

    private static double[] ReadWeights(SurveyDesignInput input, int n, int[] stratumOfRow, int[] psuCount, double[]? population)
    {
        var names = input.ColumnNames;
        if (input.Weights is not null && input.InclusionProbabilities is not null)
        {
            throw new InvalidInputException($"give either sampling weights ('{names.Weights}') or inclusion probabilities ('{names.InclusionProbabilities}'), not both");
        }

        var weights = new double[n];
        if (input.Weights is { } given)
        {
            for (var i = 0; i < n; i++)
            {
                var w = given[i];
                if (Weighting.WeightCheck.Problem(w) is { } problem)
                {
                    throw Error(input, i, names.Weights, problem);
                }

                weights[i] = w;
            }
        }
        else if (input.InclusionProbabilities is { } probs)
        {
            for (var i = 0; i < n; i++)
            {
                var p = probs[i];
                if (double.IsNaN(p) || p <= 0 || p > 1)
                {
                    throw Error(input, i, names.InclusionProbabilities, "inclusion probability must be in (0, 1], got " + Format(p));
                }

                weights[i] = 1.0 / p;
            }
        }
        else if (population is not null)
        {
            for (var i = 0; i < n; i++)
            {
                var h = stratumOfRow[i];
                weights[i] = population[h] / psuCount[h];
            }
        }
        else
        {
            Array.Fill(weights, 1.0);
        }

        return weights;
    }

    private static InvalidInputException Error(SurveyDesignInput input, int row, string column, string reason)
    {
        var line = input.LineOfRow?.Invoke(row) ?? input.FirstLine + row;
        if (input.SourceName is null && input.FirstLine == 1 && input.LineOfRow is null)
        {
            return new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"row {line}: column '{column}': {reason}"));
        }

        return InvalidInputException.At(input.SourceName, line, column, reason);
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
