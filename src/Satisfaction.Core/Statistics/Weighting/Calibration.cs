using System.Globalization;
using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// Calibration of weights to the population totals of categorical margins, as R survey 4.1's
/// <c>calibrate(design, ~a + b + c, population, calfun, bounds)</c>: the model matrix is
/// <c>model.matrix(~a + b + c)</c> (intercept and treatment contrasts) and the Newton iterations are
/// survey's <c>grake</c> (generalised inverse of the Jacobian, convergence when
/// max |misfit| / (1 + |population|) &lt; epsilon, at most <c>maxit</c> iterations); unbounded linear
/// calibration is the closed-form GREG solution, as R's <c>regcalibrate</c>.
/// </summary>
/// <remarks>
/// The model matrix of categorical margins is constant within each cell of their cross-classification, so
/// the iterations run on cell sums of the base weights; the result is the same as R's row-wise arithmetic up
/// to rounding.
/// </remarks>
public static class Calibration
{
    /// <summary>The message of a calibration that did not converge, as R's <c>stop()</c>.</summary>
    public const string FailedMessage = "Calibration failed";

    /// <summary>Calibrates <paramref name="baseWeights"/> to the margins' population totals.</summary>
    /// <param name="baseWeights">Base weight of every row (positive unless options allow zeros).</param>
    /// <param name="margins">Categorical calibration variables; the first level of each is the reference level.</param>
    /// <param name="options">Distance function, bounds on g and convergence rule; null for R's defaults (linear, unbounded).</param>
    /// <returns>The weights, or a failure result when the equations cannot be met (e.g. infeasible bounds).</returns>
    /// <exception cref="InvalidInputException">
    /// Bad base weights or margins (as <see cref="Raking.Rake"/>), or logit calibration without finite bounds.
    /// </exception>
    public static CalibrationResult Calibrate(ReadOnlySpan<double> baseWeights, IReadOnlyList<WeightingMargin> margins, CalibrationOptions? options = null) =>
        Calibrate(baseWeights, margins, [], options);

    /// <summary>
    /// Calibrates <paramref name="baseWeights"/> to the margins' population totals and to the totals of numeric
    /// variables, as R <c>calibrate(design, ~a + b + x1 + x2, population = c(N, a..., b..., T1, T2))</c>: the
    /// model matrix is the intercept, the margins' treatment contrasts, then one column per numeric variable.
    /// </summary>
    /// <param name="baseWeights">Base weight of every row (positive unless options allow zeros).</param>
    /// <param name="margins">Categorical calibration variables (at least one: its totals give the intercept's N).</param>
    /// <param name="totals">Numeric calibration variables with their population totals; empty = margins only.</param>
    /// <param name="options">Distance function, bounds on g and convergence rule; null for R's defaults (linear, unbounded).</param>
    /// <returns>The weights, or a failure result when the equations cannot be met. <see cref="CalibrationResult.MarginErrors"/>
    /// lists the margins, then one entry per numeric total (weighted total minus population total).</returns>
    /// <exception cref="InvalidInputException">Bad base weights, margins or numeric values (not finite), or logit calibration without finite bounds.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CalibrationResult Calibrate(
        ReadOnlySpan<double> baseWeights, IReadOnlyList<WeightingMargin> margins, IReadOnlyList<CalibrationTotal> totals, CalibrationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(totals);
        options ??= new CalibrationOptions();
        ValidateOptions(options);
        WeightValidation.BaseWeights(baseWeights, options.AllowZeroWeights);
        if (margins.Count == 0)
        {
            throw new InvalidInputException("Calibration needs at least one category margin (its totals give the population size N of the intercept).");
        }

        ValidateTotals(totals, baseWeights.Length);

        // Numeric columns vary within the margins' cells, so each row is its own cell then (R's row-wise model matrix).
        var cells = totals.Count == 0 ? CellIndex.Build(margins, baseWeights.Length) : CellIndex.PerRow(margins, baseWeights.Length);
        var cellBase = cells.SumByCell(baseWeights);
        var populationTotal = WeightValidation.Margins(margins, cells, cellBase, options.TotalsTolerance);
        var model = CalibrationModel.Build(margins, cells, populationTotal, totals);

        var fit = options.Function == CalibrationFunction.Linear && !options.IsBounded
            ? Regression(model, cellBase)
            : Grake(model, cellBase, options);

        var rowCell = cells.RowCell;
        var g = new double[baseWeights.Length];
        var weights = new double[baseWeights.Length];
        for (var i = 0; i < g.Length; i++)
        {
            g[i] = fit.CellG[rowCell[i]];
            weights[i] = baseWeights[i] * g[i];
        }

        var cellWeights = new double[cells.CellCount];
        for (var c = 0; c < cellWeights.Length; c++)
        {
            cellWeights[c] = cellBase[c] * fit.CellG[c];
        }

        var errors = MarginError.Compute(margins, cells, cellWeights).Concat(totals.Select((t, k) =>
        {
            var column = model.Columns - totals.Count + k;
            var sum = 0.0;
            for (var c = 0; c < cellWeights.Length; c++)
            {
                sum += model.CellMatrix[c, column] * cellWeights[c];
            }

            return new MarginError(t.Name, [sum - t.Total]);
        })).ToList();
        if (!fit.Converged)
        {
            return new CalibrationResult(false, FailedMessage, weights, g, fit.Iterations, fit.MaxRelativeMisfit, errors, null);
        }

        var adjustment = new GregAdjustment(cells, baseWeights.ToArray(), fit.CellG, model.CellMatrix, cellBase);
        return new CalibrationResult(true, null, weights, g, fit.Iterations, fit.MaxRelativeMisfit, errors, adjustment);
    }

    private static void ValidateTotals(IReadOnlyList<CalibrationTotal> totals, int rowCount)
    {
        foreach (var t in totals)
        {
            if (t.Values.Count != rowCount)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Numeric total '{t.Name}' has {t.Values.Count} values for {rowCount} rows."), nameof(totals));
            }

            if (!double.IsFinite(t.Total))
            {
                throw new InvalidInputException($"Numeric total '{t.Name}': the population total is not a finite number.");
            }

            for (var i = 0; i < rowCount; i++)
            {
                if (!double.IsFinite(t.Values[i]))
                {
                    throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"Row {i + 1}: numeric calibration variable '{t.Name}' has no value (every row needs a number)."));
                }
            }
        }
    }

    private static void ValidateOptions(CalibrationOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxIterations, 1);
        if (!(options.Epsilon > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Epsilon must be positive.");
        }

        if (double.IsNaN(options.LowerBound) || double.IsNaN(options.UpperBound) || !(options.LowerBound < options.UpperBound))
        {
            throw new InvalidInputException("Calibration bounds must be two numbers, lower < upper.");
        }

        if (options.IsBounded && !(options.LowerBound < 1 && options.UpperBound > 1))
        {
            throw new InvalidInputException("Calibration bounds must include 1 (lower < 1 < upper): they bound g = weight / base weight.");
        }

        if (options.Function == CalibrationFunction.Logit
            && (!double.IsFinite(options.LowerBound) || !double.IsFinite(options.UpperBound)))
        {
            throw new InvalidInputException("Logit calibration requires finite bounds.");
        }
    }

    private static Fit Regression(CalibrationModel model, double[] cellBase)
    {
        var m = model.CellMatrix;
        var p = model.Columns;
        var t = DenseAlgebra.CrossProduct(m, cellBase);
        var rhs = Vector<double>.Build.Dense(p);
        var sampleTotal = SampleTotal(m, cellBase);
        for (var j = 0; j < p; j++)
        {
            rhs[j] = model.Population[j] - sampleTotal[j];
        }

        var tT = DenseAlgebra.PseudoInverse(t, 256 * DenseAlgebra.MachineEpsilon) * rhs;
        var g = new double[cellBase.Length];
        for (var c = 0; c < g.Length; c++)
        {
            var u = 0.0;
            for (var j = 0; j < p; j++)
            {
                u += m[c, j] * tT[j];
            }

            g[c] = 1 + u;
        }

        return new Fit(g, true, 1, RelativeMisfit(model, cellBase, g));
    }

    private static Fit Grake(CalibrationModel model, double[] cellBase, CalibrationOptions options)
    {
        var m = model.CellMatrix;
        var p = model.Columns;
        var nCells = cellBase.Length;
        var ww = (double[])cellBase.Clone();
        var population = model.Population;
        var sampleTotal = SampleTotal(m, ww);

        // survey's pre-scaling when every population / sample ratio exceeds 20 (weights that start near 1).
        double? scale = null;
        var minScale = double.PositiveInfinity;
        var sumScale = 0.0;
        for (var j = 0; j < p; j++)
        {
            var s = population[j] / sampleTotal[j];
            minScale = Math.Min(minScale, s);
            sumScale += s;
        }

        if (minScale > 20)
        {
            scale = sumScale / p;
            for (var c = 0; c < nCells; c++)
            {
                ww[c] *= scale.Value;
            }

            for (var j = 0; j < p; j++)
            {
                sampleTotal[j] *= scale.Value;
            }
        }

        var distance = new CalibrationDistance(options.Function, options.LowerBound, options.UpperBound);
        var eta = new double[p];
        var xeta = new double[nCells];
        var fm1 = new double[nCells];
        var deriv = new double[nCells];
        Evaluate(m, eta, xeta, fm1, deriv, distance);
        var iterations = 1;
        var converged = false;
        double achieved;
        var weighted = new double[nCells];
        while (true)
        {
            for (var c = 0; c < nCells; c++)
            {
                weighted[c] = ww[c] * deriv[c];
            }

            var tmat = DenseAlgebra.CrossProduct(m, weighted);
            var misfit = Misfit(m, ww, fm1, population, sampleTotal);
            var ginv = DenseAlgebra.PseudoInverse(tmat, 256 * DenseAlgebra.MachineEpsilon);
            var deta = ginv * Vector<double>.Build.DenseOfArray(misfit);
            for (var j = 0; j < p; j++)
            {
                eta[j] += deta[j];
            }

            Evaluate(m, eta, xeta, fm1, deriv, distance);
            while (iterations < options.MaxIterations && !AllFinite(fm1, deriv))
            {
                iterations++;
                for (var j = 0; j < p; j++)
                {
                    deta[j] /= 2;
                    eta[j] -= deta[j];
                }

                Evaluate(m, eta, xeta, fm1, deriv, distance);
            }

            misfit = Misfit(m, ww, fm1, population, sampleTotal);
            achieved = 0.0;
            var all = true;
            for (var j = 0; j < p; j++)
            {
                var r = Math.Abs(misfit[j]) / (1 + Math.Abs(population[j]));
                achieved = Math.Max(achieved, r);
                all &= r < options.Epsilon;
            }

            if (all)
            {
                converged = true;
                break;
            }

            iterations++;
            if (iterations > options.MaxIterations)
            {
                break;
            }
        }

        var g = new double[nCells];
        for (var c = 0; c < nCells; c++)
        {
            g[c] = (1 + fm1[c]) * (scale ?? 1.0);
        }

        return new Fit(g, converged, Math.Min(iterations, options.MaxIterations), achieved);
    }

    private static void Evaluate(double[,] m, double[] eta, double[] xeta, double[] fm1, double[] deriv, CalibrationDistance distance)
    {
        var p = eta.Length;
        for (var c = 0; c < xeta.Length; c++)
        {
            var u = 0.0;
            for (var j = 0; j < p; j++)
            {
                u += m[c, j] * eta[j];
            }

            xeta[c] = u;
            fm1[c] = distance.Fm1(u);
            deriv[c] = distance.Derivative(u);
        }
    }

    private static bool AllFinite(double[] a, double[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (!double.IsFinite(a[i]) || !double.IsFinite(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static double[] Misfit(double[,] m, double[] ww, double[] fm1, double[] population, double[] sampleTotal)
    {
        var p = population.Length;
        var adj = new double[p];
        for (var c = 0; c < ww.Length; c++)
        {
            var v = ww[c] * fm1[c];
            for (var j = 0; j < p; j++)
            {
                adj[j] += m[c, j] * v;
            }
        }

        var misfit = new double[p];
        for (var j = 0; j < p; j++)
        {
            misfit[j] = population[j] - sampleTotal[j] - adj[j];
        }

        return misfit;
    }

    private static double[] SampleTotal(double[,] m, double[] ww)
    {
        var p = m.GetLength(1);
        var total = new double[p];
        for (var c = 0; c < ww.Length; c++)
        {
            for (var j = 0; j < p; j++)
            {
                total[j] += m[c, j] * ww[c];
            }
        }

        return total;
    }

    private static double RelativeMisfit(CalibrationModel model, double[] cellBase, double[] g)
    {
        var weights = new double[g.Length];
        for (var c = 0; c < g.Length; c++)
        {
            weights[c] = cellBase[c] * g[c];
        }

        var total = SampleTotal(model.CellMatrix, weights);
        var max = 0.0;
        for (var j = 0; j < total.Length; j++)
        {
            max = Math.Max(max, Math.Abs(model.Population[j] - total[j]) / (1 + Math.Abs(model.Population[j])));
        }

        return max;
    }

    private sealed record Fit(double[] CellG, bool Converged, int Iterations, double MaxRelativeMisfit);
}
